package retain.deck;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ids a deck and its cards had before they were renamed ({@code was:}, issue 16), so progress
 * stored under an old id can follow the card and an old answers file still finds it.
 *
 * @param deck the deck's former ids
 * @param cards the current card id of each former card id
 */
public record FormerIds(List<String> deck, Map<String, String> cards) {

  public FormerIds {
    deck = List.copyOf(deck);
    // in the deck's order, so messages list renames as the author reads them
    cards = Collections.unmodifiableMap(new LinkedHashMap<>(cards));
  }

  /** A deck and cards that were never renamed. */
  public static FormerIds none() {
    return new FormerIds(List.of(), Map.of());
  }

  /** Whether nothing was renamed. */
  public boolean isEmpty() {
    return deck.isEmpty() && cards.isEmpty();
  }

  /**
   * The current id of an item written under a former card id ({@code europa} or {@code europa.2}
   * for a cloze blank); empty when the card id was never renamed.
   */
  public Optional<String> currentItem(String itemId) {
    int dot = itemId.indexOf('.');
    String card = dot < 0 ? itemId : itemId.substring(0, dot);
    return Optional.ofNullable(cards.get(card))
        .map(current -> current + itemId.substring(card.length()));
  }
}
