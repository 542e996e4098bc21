package retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.report.CorrectionText;
import retain.session.Correction;
import retain.session.Rebuild;
import retain.store.ReviewFilter;
import retain.store.Store;

/** {@code retain doctor}: checks the store, and rebuilds card schedules from the reviews. */
@Command(
    name = "doctor",
    footerHeading = "%nExamples:%n",
    footer = {"  retain doctor", "  retain doctor --rebuild"},
    header = "Check the progress store; --rebuild recomputes card schedules.",
    description = {
      "Runs SQLite's integrity check, then replays every review through FSRS with the current"
          + " settings and compares the result with the stored card schedules.",
      "Run --rebuild while no session is open: it replaces every card's stored schedule."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the store is healthy (or was rebuilt), or there is none yet",
      "1:the integrity check failed, or card schedules differ from the reviews",
      "2:the file is not a retain store, config.yaml has errors, or bad usage"
    })
final class DoctorCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--rebuild",
      description = "Replace the stored card schedules with the ones the reviews give.")
  boolean rebuild;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RunContext context = root.context(spec);
    var replay = new Rebuild(context.scheduler());
    Path directory = context.dataDirectory();
    Optional<Store> found = Store.openReadOnly(directory);
    if (found.isEmpty()) {
      out.println("no retain.db in " + directory + " yet: nothing to check");
      return ExitCodes.OK;
    }
    try (Store store = rebuild ? writable(found.get(), directory) : found.get()) {
      List<String> problems = store.integrityCheck();
      if (!problems.isEmpty()) {
        out.println(
            "retain.db: SQLite's integrity check found " + count(problems.size(), "problem"));
        problems.forEach(problem -> out.println("  " + problem));
        out.println("to repair: " + store.recovery());
        return ExitCodes.CHECK_FAILED;
      }
      store.forEachReview(ReviewFilter.all(), replay);
      List<String> damaged = store.unreadableReviews();
      if (!damaged.isEmpty()) {
        out.println("retain.db: " + count(damaged.size(), "review") + " cannot be read:");
        damaged.forEach(review -> out.println("  " + review));
        out.println(
            "history and stats leave them out; to repair, correct their values with sqlite3, or "
                + store.recovery());
        return ExitCodes.CHECK_FAILED;
      }
      List<Correction> corrections = replay.corrections(store.allCardStates());
      if (rebuild && !corrections.isEmpty()) {
        store.replaceCardStates(Optional.empty(), replay.states());
      }
      out.println(verdict(replay, corrections));
      corrections.forEach(correction -> out.println("  " + CorrectionText.line(correction)));
      if (replay.rescheduled() > 0) {
        out.println(
            "note: "
                + count(replay.rescheduled(), "review")
                + " replayed to a different schedule than stored (were the FSRS settings changed?)");
      }
      return rebuild || corrections.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
  }

  private String verdict(Rebuild replay, List<Correction> corrections) {
    String reviews = count(replay.reviews(), "review");
    String states = count(replay.states().size(), "card state");
    if (rebuild) {
      return "rebuilt " + states + " from " + reviews + ": " + corrections.size() + " corrected";
    }
    if (corrections.isEmpty()) {
      return "retain.db: ok (" + reviews + ", " + states + ")";
    }
    return "retain.db: "
        + count(corrections.size(), "card state")
        + " out of step with the reviews; to correct: retain doctor --rebuild";
  }

  /** The store opened for writing, once the read-only look has shown it exists. */
  private static Store writable(Store readOnly, Path directory) {
    readOnly.close();
    return Store.open(directory);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
