package retain.store;

/** Progress is keyed on the deck id and the item id (design §2). */
public record CardKey(String deck, String item) {

  /** Checks that both ids are present. */
  public CardKey {
    if (deck.isBlank() || item.isBlank()) {
      throw new IllegalArgumentException(
          "a card key needs a deck and an item id: '" + deck + "', '" + item + "'");
    }
  }
}
