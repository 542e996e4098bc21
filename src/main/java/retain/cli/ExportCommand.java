package retain.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.Deck;
import retain.exchange.AnkiExport;
import retain.exchange.CsvExport;
import retain.exchange.DeckJson;
import retain.exchange.LmsExport;

/** {@code retain export}: a deck as Anki text, CSV, JSON, GIFT or Moodle XML. */
@Command(
    name = "export",
    header = "Write a deck as Anki plain text, CSV (one row per item), JSON, GIFT or Moodle XML.",
    description = {
      "Anki: File > Import the .txt; importing it again updates the same notes.",
      "GIFT and Moodle XML: import into a Moodle question bank (docs/lms.md); what a card loses"
          + " on the way is said in one warning line per card."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain export belarus-russia-2022 --to gift -o belarus.gift.txt",
      "  retain export belarus-russia-2022 --to moodle-xml -o belarus.xml"
    })
final class ExportCommand implements Callable<Integer> {

  /** The formats a deck can be written in. */
  enum Target {
    ANKI,
    CSV,
    JSON,
    GIFT,
    MOODLE_XML;

    /** As typed after {@code --to}: {@code moodle-xml}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DECK", description = "A deck id or file.")
  String deck;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "anki, csv, json, gift or moodle-xml.")
  Target target;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    Deck loaded = root.catalog().require(deck);
    String text =
        switch (target) {
          case ANKI -> AnkiExport.write(loaded);
          case CSV -> CsvExport.write(loaded);
          case JSON -> DeckJson.write(loaded) + "\n";
          case GIFT -> withWarnings(LmsExport.gift(loaded));
          case MOODLE_XML -> withWarnings(LmsExport.moodleXml(loaded));
        };
    output.write(text, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** The exported text, after one warning line per card that lost something. */
  private String withWarnings(LmsExport.Result result) {
    PrintWriter err = spec.commandLine().getErr();
    result.warnings().forEach(warning -> err.println("retain: warning: " + deck + "/" + warning));
    err.flush();
    return result.text();
  }
}
