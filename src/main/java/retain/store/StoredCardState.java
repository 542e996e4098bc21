package retain.store;

import retain.schedule.CardState;

/**
 * A card's stored FSRS state, with the hash of the item's content when it was last reviewed (so a
 * session can say "this card changed since your last review").
 */
public record StoredCardState(String contentHash, CardState state) {

  /** Checks the hash is present. */
  public StoredCardState {
    if (contentHash.isBlank()) {
      throw new IllegalArgumentException("content hash must not be blank: '" + contentHash + "'");
    }
  }
}
