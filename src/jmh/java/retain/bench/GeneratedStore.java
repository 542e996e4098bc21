package retain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import retain.deck.Deck;
import retain.deck.DeckLoader;

/**
 * A generated collection on disk: {@code decks/bench-CARDS.yaml}, {@code data/retain.db} holding
 * the reviews, and {@code now.txt}, the moment to plan a session at (the day after the last
 * review). Made once per size and seed, then reused.
 */
public record GeneratedStore(Path root, String deckId, Instant now) {

  /** Ten reviews a card: a student's three years with a deck. */
  public static final int REVIEWS_PER_CARD = 10;

  public Path decks() {
    return root.resolve("decks");
  }

  public Path data() {
    return root.resolve("data");
  }

  /**
   * The store of {@code reviews} reviews over {@code cards} cards under {@code root}, made if
   * missing.
   */
  public static GeneratedStore of(Path root, int reviews, int cards, long seed) {
    String deckId = "bench-" + cards;
    Path nowFile = root.resolve("now.txt");
    try {
      if (!Files.exists(nowFile)) {
        String yaml = DeckGenerator.deck(deckId, cards, seed);
        Files.createDirectories(root.resolve("decks"));
        Files.writeString(root.resolve("decks").resolve(deckId + ".yaml"), yaml);
        Deck deck = load(deckId, yaml.getBytes(StandardCharsets.UTF_8));
        Instant now = StoreGenerator.write(deck, reviews, seed, root.resolve("data"));
        // written last: its presence says the rest is complete
        Files.writeString(nowFile, now + "\n");
      }
      return new GeneratedStore(root, deckId, Instant.parse(Files.readString(nowFile).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This store's deck, read from its file. */
  public Deck deck() {
    try {
      return load(deckId, Files.readAllBytes(decks().resolve(deckId + ".yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated deck, which must be valid. */
  public static Deck load(String deckId, byte[] yaml) {
    var result = DeckLoader.load(deckId + ".yaml", yaml);
    if (result.hasErrors()) {
      throw new IllegalStateException(
          "generated deck is invalid: " + result.problems().get(0).render());
    }
    return result.value().orElseThrow();
  }
}
