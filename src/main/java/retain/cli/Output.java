package retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import retain.catalog.DeckSource;
import retain.deck.DeckLoader;

/** Where export and import write: a file given with -o, else standard output. */
final class Output {

  private Output() {}

  /** Writes {@code text} as UTF-8 to {@code file}, or to {@code out} when there is none. */
  static void write(String text, Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + DeckSource.reason(e), e);
    }
  }

  /**
   * The UTF-8 text of {@code file}, refused unread when it is larger than a deck may be: whatever
   * is read here becomes or is matched against one deck, and a 1,000,000-row CSV ran out of heap
   * (issue 15).
   */
  static String read(Path file) {
    try {
      if (Files.size(file) > DeckLoader.MAX_BYTES) {
        throw new BadInputException(
            file + ": " + DeckLoader.tooLargeMessage(Files.size(file)), null);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + DeckSource.reason(e), e);
    }
  }
}
