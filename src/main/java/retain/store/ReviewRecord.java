package retain.store;

import java.time.Instant;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.Rating;

/**
 * One graded answer as written to the store. The store also keeps the card state it replaced, so
 * {@link Store#undoLastReview} can restore it. Times are stored to the millisecond.
 *
 * @param response empty for an exam item left unanswered
 * @param score the credit earned, 0 to 1 (partial credit for multi, order and match cards)
 * @param rating empty only for exam answers, which schedule nothing
 * @param after the card's FSRS state after this review; present exactly when {@code rating} is
 */
public record ReviewRecord(
    long sessionId,
    Instant at,
    String deck,
    String item,
    String contentHash,
    Mode mode,
    Optional<String> response,
    boolean correct,
    double score,
    Optional<Rating> rating,
    long durationMs,
    Optional<CardState> after) {

  /** Checks the score, the duration and that a rating comes with its state. */
  public ReviewRecord {
    if (deck.isBlank() || item.isBlank()) {
      throw new IllegalArgumentException(
          "a review needs a deck and an item id: '" + deck + "', '" + item + "'");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be between 0 and 1: " + score);
    }
    if (durationMs < 0) {
      throw new IllegalArgumentException("duration must not be negative: " + durationMs + " ms");
    }
    if (rating.isPresent() != after.isPresent()) {
      throw new IllegalArgumentException(
          "a rating and the state after it go together: rating " + rating + ", state " + after);
    }
    if (rating.isEmpty() && mode != Mode.EXAM) {
      throw new IllegalArgumentException("only exam answers may have no rating: " + mode);
    }
    if (contentHash.isBlank()) {
      throw new IllegalArgumentException("content hash must not be blank: '" + contentHash + "'");
    }
  }

  /** The card this review is about. */
  public CardKey key() {
    return new CardKey(deck, item);
  }
}
