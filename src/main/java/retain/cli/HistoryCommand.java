package retain.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.cli.FormatOption.Format;
import retain.exchange.Revlog;
import retain.report.HistoryTable;
import retain.report.ReviewColumns;
import retain.store.ReviewFilter;
import retain.store.ReviewRecord;
import retain.store.Store;
import retain.text.Csv;
import retain.text.Json;

/** {@code retain history}: every review, oldest first, for people or for scripts. */
@Command(
    name = "history",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain history belarus-russia-2022",
      "  retain history --since 2026-12-01 --format csv",
      "  retain history --format revlog > revlog.csv"
    },
    header = "List past reviews, oldest first (table, JSON, CSV or FSRS revlog).",
    description = "Reads the progress store without changing it; times in the table are local.")
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON, Format.CSV, Format.REVLOG);

  @Parameters(paramLabel = "DECK", arity = "0..1", description = "Only this deck (id or file).")
  String deck;

  @Option(names = "--card", paramLabel = "ID", description = "Only this card (or cloze blank).")
  String card;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only reviews from this local day (2022-12-19) or time (ISO-8601) on.")
  String since;

  private Optional<Store> store = Optional.empty();
  private ReviewFilter filter;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    ZoneId zone = root.environment().clock().getZone();
    filter =
        new ReviewFilter(
            deckId(),
            Optional.ofNullable(card).map(this::currentCard),
            Optional.ofNullable(since).map(text -> Since.parse(text, zone)));
    store = Store.openReadOnly(root.global().dataDirectory(root.environment()));
    try {
      PrintWriter out = spec.commandLine().getOut();
      switch (chosen) {
        case JSON -> json(out);
        case CSV -> csv(out);
        case REVLOG -> revlog(out);
        default -> text(out, zone);
      }
      store.ifPresent(open -> DamagedReviews.warn(open, spec.commandLine().getErr()));
    } finally {
      store.ifPresent(Store::close);
    }
    return ExitCodes.OK;
  }

  private void each(Consumer<ReviewRecord> action) {
    store.ifPresent(open -> open.forEachReview(filter, action));
  }

  /**
   * Streams an array formatted as {@link Json#write} would, one review at a time: each object is
   * indented one level by its line breaks, which never occur inside a JSON string.
   */
  private void json(PrintWriter out) {
    long[] shown = {0};
    out.print('[');
    each(
        review -> {
          out.print(shown[0]++ == 0 ? "\n  " : ",\n  ");
          out.print(Json.write(ReviewColumns.of(review)).replace("\n", "\n  "));
        });
    out.println(shown[0] == 0 ? "]" : "\n]");
  }

  private void csv(PrintWriter out) {
    out.print(Csv.record(ReviewColumns.NAMES));
    each(review -> out.print(Csv.record(ReviewColumns.of(review).values())));
  }

  /** The FSRS revlog CSV that {@code retain optimize --revlog} and the FSRS tools read. */
  private void revlog(PrintWriter out) {
    store.ifPresentOrElse(
        open -> ReviewLog.write(open, filter, out::println), () -> out.println(Revlog.HEADER));
  }

  /** Two passes: the first measures the id columns, so the table is never held in memory. */
  private void text(PrintWriter out, ZoneId zone) {
    int[] widths = {-1, 0};
    each(
        review -> {
          widths[0] = Math.max(widths[0], review.deck().length());
          widths[1] = Math.max(widths[1], review.item().length());
        });
    if (widths[0] < 0) {
      boolean filtered = deck != null || card != null || since != null;
      out.println(
          filtered
              ? "no reviews match"
              : "no reviews yet; start with: retain study belarus-russia-2022");
      return;
    }
    HistoryTable table = new HistoryTable(zone, widths[0], widths[1]);
    long[] shown = {0};
    out.print(table.header());
    each(
        review -> {
          shown[0]++;
          out.print(table.row(review));
        });
    out.println(shown[0] == 1 ? "1 review" : shown[0] + " reviews");
  }

  /** A card id of the deck, or the current id of a former one when the deck can be read. */
  private String currentCard(String id) {
    return Optional.ofNullable(deck)
        .flatMap(root.catalog()::find)
        .flatMap(source -> source.load().value())
        .map(found -> Renames.current(found, id, spec.commandLine().getErr()))
        .orElse(id);
  }

  /** The deck id; a file is read for its id, anything else is taken as an id. */
  private Optional<String> deckId() {
    if (deck == null) {
      return Optional.empty();
    }
    return Optional.of(
        Files.isRegularFile(Path.of(deck)) ? root.catalog().require(deck).id() : deck);
  }
}
