package retain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/generate.sh}: writes a large deck, or a store of reviews with its deck, for the
 * benchmarks and for trying retain at scale. Same seed, same bytes.
 *
 * <pre>
 * deck ITEMS FILE [SEED]              a deck of ITEMS items covering all nine types
 * store REVIEWS DIR [CARDS [SEED]]    DIR/decks, DIR/data/retain.db and DIR/now.txt
 * </pre>
 */
public final class Generate {
  private static final long DEFAULT_SEED = 8;

  private Generate() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("deck")) {
      int items = Integer.parseInt(args[1]);
      Path file = Path.of(args[2]);
      long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
      String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, DeckGenerator.deck(id, items, seed));
      System.out.println(file + ": " + items + " items");
    } else if (args.length >= 3 && args[0].equals("store")) {
      int reviews = Integer.parseInt(args[1]);
      int cards =
          args.length > 3 ? Integer.parseInt(args[3]) : reviews / GeneratedStore.REVIEWS_PER_CARD;
      long seed = args.length > 4 ? Long.parseLong(args[4]) : DEFAULT_SEED;
      GeneratedStore store = GeneratedStore.of(Path.of(args[2]), reviews, cards, seed);
      System.out.println(
          store.root()
              + ": "
              + reviews
              + " reviews of deck "
              + store.deckId()
              + ", now "
              + store.now());
    } else {
      System.err.println(
          "usage: generate deck ITEMS FILE [SEED] | generate store REVIEWS DIR [CARDS [SEED]]");
      System.exit(2);
    }
  }
}
