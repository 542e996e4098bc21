package retain.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.Deck;
import retain.schedule.ExamAim;
import retain.schedule.QueuePlanner;
import retain.schedule.Scheduler;
import retain.schedule.StudyLimits;
import retain.session.Sessions;
import retain.session.Summary;

/** {@code retain study}: a spaced-repetition session, due cards first, then new ones. */
@Command(
    name = "study",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain study belarus-russia-2022",
      "  retain study belarus-russia-2022 --topic dates --limit 10",
      "  retain study belarus-russia-2022 --exam 2026-12-21"
    },
    header = "Study due cards, then new ones (FSRS spaced repetition).",
    description = {
      "Answer each question; type :hint, :skip, :undo or :quit instead of an answer.",
      "With piped input: one answer per line, plain output, a summary at the end."
    })
final class StudyCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DECK", arity = "1..*", description = "Deck ids or files.")
  List<String> decks = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only these topics (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--new",
      paramLabel = "N",
      description = "New cards allowed today (default from config, 20).")
  Integer newCards;

  @Option(names = "--limit", paramLabel = "N", description = "Ask at most N cards this session.")
  Integer limit;

  @Option(
      names = "--exam",
      paramLabel = "DATE",
      description =
          "Aim at an exam on DATE (default: 'exam' in config.yaml): cards whose recall would"
              + " fall short are asked early, new cards come in time (docs/readiness.md).")
  String exam;

  @Override
  public Integer call() {
    if (limit != null && limit < 1 || newCards != null && newCards < 0) {
      throw new ParameterException(
          spec.commandLine(), "--limit must be at least 1 and --new at least 0");
    }
    try (Studying studying = new Studying(root, spec)) {
      StudyLimits limits = studying.settings().limits();
      if (newCards != null) {
        limits = new StudyLimits(newCards, limits.reviewsPerDay());
      }
      var parameters = studying.settings().parameters();
      var scheduler = new Scheduler(parameters, studying.seed());
      Optional<ExamAim> aim =
          ExamDate.resolve(exam, studying.settings(), studying.day())
              .map(when -> new ExamAim(scheduler, studying.day(), when, ExamAim.DEFAULT_TARGET));
      var planner = new QueuePlanner(scheduler, studying.day(), limits, aim);
      for (String name : decks) {
        Deck deck = root.catalog().require(name);
        Topics.check(deck, topics);
        Summary summary =
            studying.run(
                deck,
                parameters,
                (setup, console) ->
                    Sessions.study(
                        setup,
                        planner,
                        Set.copyOf(topics),
                        limit == null ? Integer.MAX_VALUE : limit,
                        studying.seed(),
                        console));
        if (summary.left()) {
          break; // ":quit" leaves the whole run, not just this deck
        }
      }
    }
    return ExitCodes.OK;
  }
}
