package retain.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import retain.author.DraftWriter;
import retain.author.Drafter;
import retain.author.SourceText;
import retain.exchange.Slugs;

/** {@code retain draft}: a draft deck of cards proposed from a source text. */
@Command(
    name = "draft",
    header = "Write a draft deck of cards proposed from a source text, for an author to edit.",
    description = {
      "Proposes date, numeric, cloze and short cards for the dates, figures, names and quoted"
          + " terms of a UTF-8 text; each card names its source line and section. The draft lints"
          + " clean; reword it before use (docs/authoring.md)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  retain draft notes.txt -o decks/notes.yaml", "  retain draft notes.txt | less"})
final class DraftCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", description = "The UTF-8 source text.")
  Path source;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    SourceText text = SourceText.read(source.getFileName().toString(), Output.read(source));
    String deck = DraftWriter.write(deckId(), text, relativeSource(), Drafter.draft(text));
    output.write(deck, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** The source's file name as a deck id: notes.txt gives notes. */
  private String deckId() {
    return Slugs.of(source.getFileName().toString().replaceFirst("\\.[^.]*$", ""), "draft");
  }

  /** The source as the deck's source path: relative to the deck's folder when written to a file. */
  private String relativeSource() {
    return output
        .file()
        .map(file -> file.toAbsolutePath().getParent().relativize(source.toAbsolutePath()))
        .map(Path::toString)
        .orElse(source.toString());
  }
}
