package retain.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.exchange.DeckFile;
import retain.exchange.DeckImport;
import retain.exchange.LmsImport;
import retain.yaml.Loaded;
import retain.yaml.Problem;

/**
 * {@code retain import}: a YAML deck from an Anki text export, a CSV file, GIFT or Moodle XML,
 * linted first.
 */
@Command(
    name = "import",
    header =
        "Make a YAML deck from an Anki text export, CSV (question,answer[,topic,explain]), GIFT or"
            + " Moodle XML.",
    description = {"The deck is checked like retain lint before anything is written."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain import belarus.gift.txt --from gift --id belarus-copy -o copy.yaml",
      "  retain import belarus.xml --from moodle-xml --id belarus-copy -o copy.yaml"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deck written",
      "2:unreadable file, or the deck has errors (nothing written)"
    })
final class ImportCommand implements Callable<Integer> {

  /** The formats a deck can be read from. */
  enum Source {
    ANKI,
    CSV,
    GIFT,
    MOODLE_XML;

    /** As typed after {@code --from}: {@code moodle-xml}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to read.")
  Path file;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FORMAT",
      description = "anki, csv, gift or moodle-xml.")
  Source source;

  @Option(
      names = "--id",
      paramLabel = "DECK_ID",
      description = "The new deck's id (default: from the deck or file name).")
  String id;

  @Mixin OutputOption output;

  @Option(names = "--force", description = "Overwrite the -o file if it exists.")
  boolean force;

  @Override
  public Integer call() {
    // the file is likely a deck someone has edited since: replacing it loses their work
    Optional<Path> target = output.file();
    if (target.isPresent() && !force && Files.exists(target.get())) {
      throw new BadInputException(target.get() + " exists; add --force to overwrite it");
    }
    String text = Output.read(file).replaceFirst("^\uFEFF", "");
    String name = file.getFileName().toString();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> deckId = Optional.ofNullable(id);
    DeckFile deck;
    if (source == Source.GIFT || source == Source.MOODLE_XML) {
      LmsImport.Result read =
          source == Source.GIFT
              ? LmsImport.fromGift(text, file.toString(), deckId)
              : LmsImport.fromMoodleXml(text, file.toString(), deckId);
      if (refused(read.problems(), err) || read.deck().isEmpty()) {
        return ExitCodes.BAD_INPUT;
      }
      deck = read.deck().get();
    } else {
      if (source == Source.CSV && refused(DeckImport.csvProblems(text, file.toString()), err)) {
        return ExitCodes.BAD_INPUT;
      }
      deck =
          source == Source.ANKI
              ? DeckImport.fromAnki(text, name, deckId)
              : DeckImport.fromCsv(text, name, deckId);
    }
    String shownAs = target.map(Path::toString).orElse("<stdout>");
    byte[] bytes = deck.yaml().getBytes(StandardCharsets.UTF_8);
    Loaded<Deck> lint = DeckLoader.check(shownAs, bytes.length, deck.tree());
    lint.problems().forEach(problem -> err.println(problem.render()));
    if (lint.problems().stream().anyMatch(Problem::isError)) {
      err.println("retain: " + file + " makes a deck with errors; nothing written");
      return ExitCodes.BAD_INPUT;
    }
    output.write(deck.yaml(), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** Prints {@code problems}; true, after a closing line, when one of them is an error. */
  private boolean refused(List<Problem> problems, PrintWriter err) {
    problems.forEach(problem -> err.println(problem.render()));
    long errors = problems.stream().filter(Problem::isError).count();
    if (errors > 0) {
      err.println(
          "retain: "
              + file
              + ": "
              + errors
              + (errors == 1 ? " error" : " errors")
              + "; nothing written");
    }
    return errors > 0;
  }
}
