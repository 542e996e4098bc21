package retain.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * A card's memory and schedule after its last review (fsrs-spec §3).
 *
 * @param stability S in days; 0 for a new card
 * @param difficulty D between 1 and 10; 0 for a new card
 * @param scheduledDays the interval in whole days; 0 while on a (re)learning step
 * @param step index of the current (re)learning step; 0 in Review
 */
public record CardState(
    State state,
    double stability,
    double difficulty,
    Instant due,
    Optional<Instant> lastReview,
    int scheduledDays,
    int step,
    int reps,
    int lapses) {

  public CardState {
    if (!(stability >= 0) || !(difficulty >= 0)) {
      throw new IllegalArgumentException(
          "stability and difficulty must be >= 0, got S=" + stability + " D=" + difficulty);
    }
    if (due == null || lastReview == null || state == null) {
      throw new NullPointerException("state, due and lastReview are required (use Optional)");
    }
    if (scheduledDays < 0 || step < 0 || reps < 0 || lapses < 0) {
      throw new IllegalArgumentException(
          "counters must be >= 0, got scheduledDays="
              + scheduledDays
              + " step="
              + step
              + " reps="
              + reps
              + " lapses="
              + lapses);
    }
  }

  /** A card never reviewed, due from {@code created}. */
  public static CardState newCard(Instant created) {
    return new CardState(State.NEW, 0, 0, created, Optional.empty(), 0, 0, 0, 0);
  }

  /** Stability and difficulty; {@link MemoryState#NONE} for a New card (fsrs-spec §4.8). */
  public MemoryState memory() {
    return state == State.NEW ? MemoryState.NONE : new MemoryState(stability, difficulty);
  }
}
