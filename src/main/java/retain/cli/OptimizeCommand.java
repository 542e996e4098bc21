package retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.catalog.DeckSource;
import retain.cli.FormatOption.Format;
import retain.config.Settings;
import retain.exchange.Revlog;
import retain.report.OptimizationReport;
import retain.schedule.CardHistory;
import retain.schedule.FsrsOptimizer;
import retain.schedule.Optimization;
import retain.store.ReviewFilter;
import retain.store.Store;
import retain.text.Json;
import retain.yaml.Problem;

/** {@code retain optimize}: FSRS-6 weights fitted to the student's own reviews. */
@Command(
    name = "optimize",
    header = "Fit the FSRS weights to your own reviews, and test them.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain optimize",
      "  retain optimize --deck belarus-russia-2022 --apply",
      "  retain optimize --revlog revlog.csv --format json"
    },
    description =
        "Fits on the older reviews and tests on the newest fifth; --apply writes the weights to"
            + " config.yaml only when they predict those better than the current ones.")
final class OptimizeCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON);

  @Option(names = "--deck", paramLabel = "ID", description = "Only this deck's reviews.")
  String deck;

  @Option(
      names = "--revlog",
      paramLabel = "FILE",
      description = "Fit to an FSRS revlog CSV instead of the store.")
  Path revlog;

  @Option(names = "--apply", description = "Write the weights to config.yaml if they are better.")
  boolean apply;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunContext context = root.context(spec);
    Settings settings = context.settings();
    List<CardHistory> cards = revlog == null ? fromStore() : fromRevlog();
    Optional<String> shortfall = Optimization.shortfall(cards);
    if (shortfall.isPresent()) {
      err.println("retain optimize: not enough reviews yet: " + shortfall.get());
      return ExitCodes.CHECK_FAILED;
    }
    FsrsOptimizer.Listener bar =
        root.environment().interactive() ? new TrainingBar(err) : (epoch, epochs, loss) -> {};
    Optimization result = Optimization.run(cards, settings.parameters().weights(), bar);
    out.print(
        chosen == Format.JSON
            ? Json.write(OptimizationReport.json(result)) + "\n"
            : OptimizationReport.text(result));
    if (apply) {
      apply(result, context, out);
    }
    return ExitCodes.OK;
  }

  private void apply(Optimization result, RunContext context, PrintWriter out) {
    Path config = ConfigFile.path(root.environment());
    if (!result.beatsCurrent()) {
      out.println("config.yaml unchanged: the current weights predict as well or better");
      return;
    }
    LocalDate today = LocalDate.now(context.clock());
    ConfigWeights.write(
        config, result.parameters(), context.settings().parameters().weights(), today);
    out.println("wrote the weights to " + config);
  }

  private List<CardHistory> fromStore() {
    ReviewFilter filter =
        new ReviewFilter(Optional.ofNullable(deck), Optional.empty(), Optional.empty());
    return Store.openReadOnly(root.global().dataDirectory(root.environment()))
        .map(
            store -> {
              try (store) {
                return Revlog.cards(ReviewLog.rows(store, filter)).stream()
                    .map(Revlog.Card::history)
                    .toList();
              }
            })
        .orElse(List.of());
  }

  private List<CardHistory> fromRevlog() {
    String text;
    try {
      text = Files.readString(revlog, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + revlog + ": " + DeckSource.reason(e), e);
    }
    Revlog.Read read = Revlog.read(revlog.toString(), text);
    if (!read.problems().isEmpty()) {
      throw new BadInputException(
          read.problems().stream().map(Problem::render).collect(Collectors.joining("\n")));
    }
    return read.histories();
  }
}
