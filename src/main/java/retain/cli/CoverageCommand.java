package retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.author.Coverage;
import retain.author.CoverageReport;
import retain.author.SourceText;
import retain.catalog.DeckSource;
import retain.cli.FormatOption.Format;
import retain.deck.Deck;
import retain.text.Json;

/** {@code retain coverage}: which sentences of a deck's source text no card asks about. */
@Command(
    name = "coverage",
    header = "Show which sentences of a source text no card of a deck asks about.",
    description = {
      "Prints FILE:LINE: uncovered: SENTENCE for each sentence with names, numbers, dates or rare"
          + " words that no card's question and answer share, then the share covered per section."
          + " The method is in docs/authoring.md."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain coverage belarus-russia-2022",
      "  retain coverage decks/my-deck.yaml --source notes.txt --min 80"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (and every section at --min or above)",
      "1:a section below --min",
      "2:bad usage, no source, or an unreadable deck or source"
    })
final class CoverageCommand implements Callable<Integer> {

  private static final int SENTENCE_WIDTH = 72;

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON);

  @Parameters(paramLabel = "DECK", description = "A deck id or file.")
  String deck;

  @Option(
      names = "--source",
      paramLabel = "FILE",
      description = "The UTF-8 source text; default: the deck's source path.")
  Path source;

  @Option(
      names = "--min",
      paramLabel = "PERCENT",
      description = "Exit 1 when a section's coverage is below PERCENT (0 to 100).")
  Integer min;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    if (min != null && (min < 0 || min > 100)) {
      throw new BadInputException("--min takes a percentage from 0 to 100, found " + min);
    }
    DeckSource file = root.catalog().requireSource(deck);
    Deck loaded = file.requireDeck();
    Path text = source != null ? source : SourceFile.of(file, loaded);
    SourceText read = SourceText.read(text.toString(), Output.read(text));
    CoverageReport report = Coverage.of(read, loaded.cards());
    PrintWriter out = spec.commandLine().getOut();
    if (chosen == Format.JSON) {
      out.println(Json.write(json(report)));
    } else {
      text(report, out);
    }
    boolean below =
        min != null && report.sections().stream().anyMatch(section -> section.percent() < min);
    return below ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  private static void text(CoverageReport report, PrintWriter out) {
    String name = report.source().name();
    report.findings().stream()
        .filter(CoverageReport.Finding::uncovered)
        .forEach(
            f ->
                out.println(
                    name
                        + ":"
                        + f.sentence().line()
                        + ": uncovered: "
                        + f.sentence().shortened(SENTENCE_WIDTH)));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("section", "covered", "%"));
    List<CoverageReport.Section> sections = new ArrayList<>(report.sections());
    sections.add(report.overall());
    for (CoverageReport.Section section : sections) {
      rows.add(
          List.of(
              section.name(),
              section.covered() + "/" + section.key(),
              String.valueOf(section.percent())));
    }
    out.println();
    Table.print(rows, List.of(false, true, true), out);
  }

  private static Map<String, Object> json(CoverageReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", report.source().name());
    json.put(
        "sentences",
        report.findings().stream()
            .filter(CoverageReport.Finding::key)
            .map(
                f -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("line", f.sentence().line());
                  entry.put("section", f.sentence().section());
                  entry.put("text", f.sentence().text());
                  entry.put("card", f.card().orElse(null));
                  return entry;
                })
            .toList());
    json.put("sections", report.sections().stream().map(CoverageCommand::json).toList());
    json.put("overall", json(report.overall()));
    return json;
  }

  private static Map<String, Object> json(CoverageReport.Section section) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", section.name());
    entry.put("covered", section.covered());
    entry.put("sentences", section.key());
    entry.put("percent", section.percent());
    return entry;
  }
}
