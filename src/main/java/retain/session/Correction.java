package retain.session;

import java.util.Optional;
import retain.store.CardKey;
import retain.store.StoredCardState;

/**
 * A card whose stored state is not the one its reviews give.
 *
 * @param stored the state in the store; empty when the store has none for a reviewed card
 * @param rebuilt the state the reviews give; empty when the store has a state but no rated review
 */
public record Correction(
    CardKey key, Optional<StoredCardState> stored, Optional<StoredCardState> rebuilt) {

  /** Checks that the two states really differ. */
  public Correction {
    if (stored.equals(rebuilt)) {
      throw new IllegalArgumentException("no correction for " + key + ": both states are equal");
    }
  }
}
