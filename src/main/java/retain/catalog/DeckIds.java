package retain.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import retain.deck.Deck;
import retain.yaml.Problem;

/**
 * Decks sharing an id along the search path: the first one found is the deck a lookup by id takes,
 * and each later one is hidden by it. {@code decks} lists a hidden deck with a note, {@code lint}
 * reports it as an error, and {@link DeckCatalog#decks} leaves it out.
 */
public final class DeckIds {

  private final Map<String, DeckSource> first = new HashMap<>();

  /**
   * Records that {@code source} holds {@code deck}; the source found earlier with the same id, when
   * there is one, which hides this deck.
   */
  public Optional<DeckSource> claim(Deck deck, DeckSource source) {
    return Optional.ofNullable(first.putIfAbsent(deck.id(), source));
  }

  /** Lint's error for {@code deck} in {@code source}, whose id {@code earlier} already used. */
  public static Problem duplicate(Deck deck, DeckSource source, DeckSource earlier) {
    return new Problem(
        source.name(),
        1,
        1,
        Problem.Severity.ERROR,
        "duplicate-deck-id",
        "deck id '" + deck.id() + "' is already used by " + earlier.name());
  }
}
