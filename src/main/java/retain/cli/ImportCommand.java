package retain.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.DeckLoader;
import retain.deck.DeckProblem;
import retain.deck.LoadResult;
import retain.exchange.DeckImport;

/** {@code retain import}: a YAML deck from an Anki text export or a CSV file, linted first. */
@Command(
    name = "import",
    header = "Make a YAML deck from an Anki text export or CSV (question,answer[,topic,explain]).",
    description = "The deck is checked like retain lint before anything is written.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deck written",
      "2:unreadable file, or the deck has errors (nothing written)"
    })
final class ImportCommand implements Callable<Integer> {

  /** The formats a deck can be read from. */
  enum Source {
    ANKI,
    CSV
  }

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to read.")
  Path file;

  @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "anki or csv.")
  Source source;

  @Option(
      names = "--id",
      paramLabel = "DECK_ID",
      description = "The new deck's id (default: from the deck or file name).")
  String id;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    String text = Output.read(file).replaceFirst("^\uFEFF", "");
    String name = file.getFileName().toString();
    String yaml =
        source == Source.ANKI
            ? DeckImport.fromAnki(text, name, Optional.ofNullable(id))
            : DeckImport.fromCsv(text, name, Optional.ofNullable(id));
    String shownAs = output == null ? "<stdout>" : output.toString();
    LoadResult lint = DeckLoader.load(shownAs, yaml.getBytes(StandardCharsets.UTF_8));
    PrintWriter err = spec.commandLine().getErr();
    lint.problems().forEach(problem -> err.println(problem.render()));
    if (lint.problems().stream().anyMatch(DeckProblem::isError)) {
      err.println("retain: " + file + " makes a deck with errors; nothing written");
      return ExitCodes.BAD_INPUT;
    }
    Output.write(yaml, output, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
