package retain.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.yaml.Loaded;
import retain.yaml.Problem;

/**
 * One deck file, on disk or bundled in the jar.
 *
 * @param name how messages name it: the path as found, or {@code bundled:ID.yaml}
 * @param origin where it was found, for people: "bundled" or the folder
 * @param path the file on disk; empty for a bundled deck
 */
public record DeckSource(String name, String origin, Optional<Path> path) {

  static final String BUNDLE = "/retain/decks/";

  // enough to start fixing; the rest would push the first ones off the screen
  private static final int ERRORS_SHOWN = 5;

  /** A deck file on disk. */
  static DeckSource file(Path path, String origin) {
    return new DeckSource(path.toString(), origin, Optional.of(path));
  }

  /** A deck shipped inside the jar. */
  static DeckSource bundled(String fileName) {
    return new DeckSource("bundled:" + fileName, "bundled", Optional.empty());
  }

  /** Whether it was shipped inside the jar. */
  public boolean isBundled() {
    return path.isEmpty();
  }

  /** The file's bytes. */
  public byte[] read() throws IOException {
    if (path.isPresent()) {
      return Files.readAllBytes(path.get());
    }
    String resource = BUNDLE + name.substring("bundled:".length());
    try (InputStream in = DeckSource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the bundled deck " + resource + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  /** Reads and loads the deck, reporting an unreadable file as a {@link DeckException}. */
  public Loaded<Deck> load() {
    try {
      if (path.isPresent() && Files.size(path.get()) > DeckLoader.MAX_BYTES) {
        return DeckLoader.tooLarge(name, Files.size(path.get()));
      }
      return DeckLoader.load(name, read());
    } catch (IOException e) {
      throw new DeckException("cannot read " + name + ": " + reason(e), e);
    } catch (UncheckedIOException e) {
      throw new DeckException("cannot read " + name + ": " + reason(e.getCause()), e);
    }
  }

  /** The valid deck, or a {@link DeckException} that sends the user to {@code retain lint}. */
  public retain.deck.Deck requireDeck() {
    Loaded<Deck> result = load();
    return result.value().orElseThrow(() -> new DeckException(errors(result)));
  }

  /** "FILE has errors:" and the first of them as lint prints them, so they can be fixed now. */
  private String errors(Loaded<Deck> result) {
    List<String> errors =
        result.problems().stream().filter(Problem::isError).map(Problem::render).toList();
    List<String> lines = new ArrayList<>();
    lines.add(name + " has errors:");
    lines.addAll(errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
    if (errors.size() > ERRORS_SHOWN) {
      lines.add("and " + (errors.size() - ERRORS_SHOWN) + " more: run 'retain lint " + name + "'");
    }
    return String.join("\n", lines);
  }

  /** A short reason for an I/O failure, for one-line messages. */
  public static String reason(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "NoSuchFileException" -> "no such file";
      case "AccessDeniedException" -> "permission denied";
      case "FileSystemException" -> e.getMessage();
      default -> e.getMessage() == null ? type : e.getMessage();
    };
  }
}
