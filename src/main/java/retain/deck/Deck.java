package retain.deck;

import java.util.List;
import java.util.Optional;

/**
 * A loaded, valid deck: its cards in file order, the topics it declares, and the ids it and its
 * cards had before a rename.
 *
 * @param source where the facts come from, for people
 * @param sourcePath the source text's file as the deck writes it, relative to the deck file
 */
public record Deck(
    String id,
    String title,
    Optional<String> description,
    Optional<String> source,
    Optional<String> sourcePath,
    List<Topic> topics,
    List<Card> cards,
    FormerIds formerIds) {

  public Deck {
    Ids.requireValid("deck id", id);
    topics = List.copyOf(topics);
    cards = List.copyOf(cards);
  }

  /** Every asked unit, in card order, cloze blanks expanded. */
  public List<Item> items() {
    return cards.stream().flatMap(card -> card.items().stream()).toList();
  }

  /**
   * A short hash of every item's content, in order: two exam reports with the same hash were graded
   * against the same questions and keys, whatever the deck's title or description says.
   */
  public String contentHash() {
    return Item.shortHash(String.join(",", items().stream().map(Item::contentHash).toList()));
  }

  /** The card with this id, if the deck has one. */
  public Optional<Card> findCard(String cardId) {
    return cards.stream().filter(card -> card.id().equals(cardId)).findFirst();
  }

  /** The item with this id ({@code card} or {@code card.2}), if the deck has one. */
  public Optional<Item> findItem(String itemId) {
    return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
  }

  /**
   * The current id of an item or card named by a former card id ({@code was:}); empty when {@code
   * itemId} is no former id of a card the deck still has.
   */
  public Optional<String> renamed(String itemId) {
    return formerIds
        .currentItem(itemId)
        .filter(current -> findItem(current).isPresent() || findCard(current).isPresent());
  }

  /** Whether {@code deckId} is this deck's id or one it had before a rename. */
  public boolean answersTo(String deckId) {
    return id.equals(deckId) || formerIds.deck().contains(deckId);
  }

  /** The item with this id, or an exception naming the id and the deck. */
  public Item requireItem(String itemId) {
    return findItem(itemId)
        .orElseThrow(
            () -> new IllegalArgumentException("deck '" + id + "' has no card '" + itemId + "'"));
  }
}
