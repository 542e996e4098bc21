package retain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.Deck;
import retain.exchange.AnkiExport;
import retain.exchange.CsvExport;
import retain.exchange.DeckJson;

/** {@code retain export}: a deck as Anki text, CSV or JSON. */
@Command(
    name = "export",
    header = "Write a deck as Anki plain text, CSV (one row per item) or JSON.",
    description = "Anki: File > Import the .txt; importing it again updates the same notes.")
final class ExportCommand implements Callable<Integer> {

  /** The formats a deck can be written in. */
  enum Target {
    ANKI,
    CSV,
    JSON
  }

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DECK", description = "A deck id or file.")
  String deck;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "anki, csv or json.")
  Target target;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    Deck loaded = root.catalog().require(deck);
    String text =
        switch (target) {
          case ANKI -> AnkiExport.write(loaded);
          case CSV -> CsvExport.write(loaded);
          case JSON -> DeckJson.write(loaded) + "\n";
        };
    Output.write(text, output, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
