package retain.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import retain.deck.Deck;
import retain.deck.Item;
import retain.store.ItemRename;
import retain.store.MovedHistory;
import retain.store.Store;
import retain.store.StoredCardState;

/** Progress stored under a deck's former ids follows them to the current ones (issue 16). */
public final class FormerHistory {

  private FormerHistory() {}

  /**
   * Moves what the store holds under the former ids of {@code deck} and its cards; does nothing,
   * not even a write, for a deck that renamed nothing.
   */
  public static MovedHistory move(Store store, Deck deck) {
    if (deck.formerIds().isEmpty()) {
      return new MovedHistory(List.of(), List.of());
    }
    return store.moveHistory(deck.id(), deck.formerIds().deck(), renames(deck));
  }

  /** One line for the user, or empty when there is nothing to say. */
  public static Optional<String> note(Deck deck, MovedHistory moved) {
    List<String> parts = new ArrayList<>();
    if (!moved.moved().isEmpty()) {
      parts.add("moved the progress of " + String.join(", ", moved.moved()) + " to the new ids");
    }
    if (!moved.clashed().isEmpty()) {
      parts.add(
          "left the progress of "
              + String.join(", ", moved.clashed())
              + " where it is: the new ids have progress of their own");
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("note: deck '" + deck.id() + "' renamed (was:); " + String.join("; ", parts));
  }

  /**
   * Cards that look renamed without {@code was:}: progress stored under a card id the deck no
   * longer has, whose content hash is that of a card without progress under the old id. Keyed on
   * the former card id, valued with the current one.
   */
  public static Map<String, String> unannounced(Deck deck, Map<String, StoredCardState> stored) {
    Set<String> cards = deck.cards().stream().map(card -> card.id()).collect(Collectors.toSet());
    Map<String, String> guesses = new TreeMap<>();
    stored.forEach(
        (itemId, state) -> {
          String cardId = itemId.contains(".") ? itemId.substring(0, itemId.indexOf('.')) : itemId;
          if (cards.contains(cardId) || deck.renamed(cardId).isPresent()) {
            return;
          }
          deck.items().stream()
              .filter(item -> !stored.containsKey(item.id()))
              .filter(item -> item.contentHashUnder(cardId).equals(state.contentHash()))
              .findFirst()
              .ifPresent(item -> guesses.put(cardId, item.card().id()));
        });
    return guesses;
  }

  private static List<ItemRename> renames(Deck deck) {
    List<ItemRename> renames = new ArrayList<>();
    for (Map.Entry<String, String> rename : deck.formerIds().cards().entrySet()) {
      String former = rename.getKey();
      for (Item item : deck.findCard(rename.getValue()).orElseThrow().items()) {
        renames.add(
            new ItemRename(
                former + item.id().substring(rename.getValue().length()),
                item.id(),
                item.contentHashUnder(former),
                item.contentHash()));
      }
    }
    return renames;
  }
}
