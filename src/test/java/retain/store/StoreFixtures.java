package retain.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.Rating;
import retain.schedule.State;

/** Reviews and states for the store tests; the numbers only need to survive a round trip. */
final class StoreFixtures {
  static final Instant T0 = Instant.parse("2022-12-19T10:00:00.123Z");

  private StoreFixtures() {}

  /** The state after the {@code reps}-th review at {@code at}: awkward doubles on purpose. */
  static CardState stateAfter(int reps, Instant at) {
    return new CardState(
        reps == 1 ? State.LEARNING : State.REVIEW,
        2.3065 * reps + 1e-9,
        5.0 / 3.0 + reps,
        at.plus(Duration.ofDays(reps)),
        Optional.of(at),
        reps - 1,
        reps == 1 ? 1 : 0,
        reps,
        0);
  }

  /** A correct study review rated Good. */
  static ReviewRecord good(long session, String item, int reps, Instant at) {
    return new ReviewRecord(
        session,
        at,
        "belarus-russia-2022",
        item,
        "hash-" + item,
        Mode.STUDY,
        Optional.of("19 December 2022"),
        true,
        1.0,
        Optional.of(Rating.GOOD),
        1500,
        Optional.of(stateAfter(reps, at)));
  }

  /** An exam answer: scored, not rated. */
  static ReviewRecord examAnswer(
      long session, String item, Optional<String> response, double score) {
    return new ReviewRecord(
        session,
        T0,
        "belarus-russia-2022",
        item,
        "hash-" + item,
        Mode.EXAM,
        response,
        score == 1.0,
        score,
        Optional.empty(),
        0,
        Optional.empty());
  }
}
