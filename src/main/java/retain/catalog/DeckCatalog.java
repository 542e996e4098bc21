package retain.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import retain.deck.Deck;
import retain.deck.DeckHeader;

/**
 * Where decks are found (design §3): the folders given with --decks, ./decks, the user's deck
 * folder in the data directory, then the decks bundled in the jar.
 */
public final class DeckCatalog {

  private final List<Path> folders;

  /** A catalog over these folders, searched in order before the bundled decks. */
  public DeckCatalog(List<Path> folders) {
    this.folders = List.copyOf(folders);
  }

  /** The usual search path: extra folders, ./decks, then {@code dataDirectory}/decks. */
  public static DeckCatalog standard(List<Path> extraFolders, Path dataDirectory) {
    List<Path> folders = new ArrayList<>(extraFolders);
    folders.add(Path.of("decks"));
    folders.add(dataDirectory.resolve("decks"));
    return new DeckCatalog(folders);
  }

  /** Every deck file the catalog can see, folders first, then bundled decks. */
  public List<DeckSource> sources() {
    List<DeckSource> sources = new ArrayList<>();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        deckFiles(folder).forEach(file -> sources.add(DeckSource.file(file, folder.toString())));
      }
    }
    bundledNames().forEach(name -> sources.add(DeckSource.bundled(name)));
    return sources;
  }

  /**
   * The ids decks can be asked for by, from their file names and without loading any: cheap enough
   * for completion at every Tab.
   */
  public List<String> ids() {
    return sources().stream().map(DeckCatalog::fileId).distinct().toList();
  }

  /**
   * Every valid deck the catalog sees, the first of each id only (a folder's copy shadows the
   * bundled one, as lookups by id do); broken or unreadable decks are left out.
   */
  public List<Deck> decks() {
    List<Deck> decks = new ArrayList<>();
    DeckIds ids = new DeckIds();
    for (DeckSource source : sources()) {
      try {
        source
            .load()
            .value()
            .filter(deck -> ids.claim(deck, source).isEmpty())
            .ifPresent(decks::add);
      } catch (DeckException unreadable) {
        continue;
      }
    }
    return decks;
  }

  /**
   * The deck named by {@code idOrPath}: a path to a deck file, else the first deck with that id
   * along the search path.
   */
  public Deck require(String idOrPath) {
    return requireSource(idOrPath).requireDeck();
  }

  /** The deck file for {@code idOrPath}, or an exception listing the decks there are. */
  public DeckSource requireSource(String idOrPath) {
    return find(idOrPath).orElseThrow(() -> notFound(idOrPath));
  }

  /** The deck file for {@code idOrPath}, if any. */
  public Optional<DeckSource> find(String idOrPath) {
    Path path = Path.of(idOrPath);
    if (Files.isRegularFile(path)) {
      return Optional.of(DeckSource.file(path, String.valueOf(path.getParent())));
    }
    List<DeckSource> sources = sources();
    return sources.stream()
        .filter(source -> fileId(source).equals(idOrPath))
        .findFirst()
        .or(() -> sources.stream().filter(source -> headerId(source, idOrPath)).findFirst());
  }

  /**
   * The deck files {@code argument} names: a folder's decks (recursively), a file, or the deck with
   * that id.
   */
  public List<DeckSource> expand(String argument) {
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      return deckFiles(path).stream().map(file -> DeckSource.file(file, argument)).toList();
    }
    return find(argument)
        .map(List::of)
        .orElseThrow(() -> new DeckException("no such file, folder or deck: " + argument));
  }

  /** Every .yaml and .yml file under {@code folder}, recursively, in a stable order. */
  public static List<Path> deckFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new DeckException("cannot read folder " + folder + ": " + DeckSource.reason(e), e);
    } catch (UncheckedIOException e) {
      throw new DeckException(
          "cannot read folder " + folder + ": " + DeckSource.reason(e.getCause()), e);
    }
  }

  private DeckException notFound(String idOrPath) {
    List<String> ids = ids();
    // a deck with errors has no id to match: it may well be the one asked for
    List<String> broken =
        sources().stream().filter(source -> !loads(source)).map(DeckSource::name).toList();
    return new DeckException(
        "no deck '"
            + idOrPath
            + "' (not a file, and no deck has that id); decks found: "
            + (ids.isEmpty() ? "none" : String.join(", ", ids))
            + (broken.isEmpty()
                ? ""
                : "\nthese deck files have errors (retain lint shows them): "
                    + String.join(", ", broken)));
  }

  private static boolean loads(DeckSource source) {
    try {
      return source.load().value().isPresent();
    } catch (DeckException unreadable) {
      return false;
    }
  }

  /** A deck is usually named after its id, which spares loading every deck to find one. */
  private static String fileId(DeckSource source) {
    String name = source.name();
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
    return base.replaceFirst("\\.ya?ml$", "");
  }

  private static boolean headerId(DeckSource source, String id) {
    try {
      return DeckHeader.id(source.read()).filter(id::equals).isPresent();
    } catch (IOException | UncheckedIOException unreadable) {
      return false;
    }
  }

  private static List<String> bundledNames() {
    try (InputStream in = DeckCatalog.class.getResourceAsStream(DeckSource.BUNDLE + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
