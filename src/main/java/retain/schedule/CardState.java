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

  /** A card never reviewed, due from {@code created}. */
  public static CardState newCard(Instant created) {
    return new CardState(State.NEW, 0, 0, created, Optional.empty(), 0, 0, 0, 0);
  }
}
