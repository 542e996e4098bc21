package retain.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import retain.catalog.DeckSource;
import retain.deck.Deck;

/** Where a deck's source text is on disk, for {@code retain coverage}. */
final class SourceFile {

  private SourceFile() {}

  /** The deck's {@code source: path}, relative to the deck file. */
  static Path of(DeckSource file, Deck loaded) {
    String written =
        loaded
            .sourcePath()
            .orElseThrow(
                () ->
                    new BadInputException(
                        "deck '"
                            + loaded.id()
                            + "' names no source text (source: path: FILE); pass --source FILE"));
    Path path = Path.of(written);
    if (path.isAbsolute()) {
      return path;
    }
    if (file.path().isEmpty()) {
      throw new BadInputException(
          "deck '"
              + loaded.id()
              + "' is the copy bundled in retain, so its source path '"
              + written
              + "' has no folder to start from; pass --source FILE");
    }
    Path folder = file.path().get().toAbsolutePath().getParent();
    Path resolved = folder.resolve(path).normalize();
    if (!Files.isRegularFile(resolved)) {
      throw new BadInputException(
          "deck '"
              + loaded.id()
              + "' names its source as "
              + written
              + ", but "
              + resolved
              + " is not a file; pass --source FILE");
    }
    return resolved;
  }
}
