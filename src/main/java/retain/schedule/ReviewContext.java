package retain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One review being scheduled: the card before it, the instant, t, the settings and the fuzz draw.
 * Builds the resulting card states so that both schedulers count reps and set times alike.
 *
 * @param elapsedDays t, UTC calendar dates since the last review (fsrs-spec §5.1)
 * @param fuzzDraw u in [0, 1), shared by every candidate interval of this review, as ts-fsrs seeds
 *     one generator per review (fsrs-spec §7)
 */
record ReviewContext(
    CardState card, Instant now, long elapsedDays, FsrsParameters parameters, double fuzzDraw) {

  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  /** The memory state after {@code grade} (fsrs-spec §4.8). */
  MemoryState memory(Rating grade) {
    return Fsrs.step(card.memory(), grade, elapsedDays, parameters);
  }

  /** interval(S) of fsrs-spec §4.2, fuzzed when fuzz is on (§7). */
  int interval(MemoryState memory) {
    int days = Fsrs.nextInterval(memory.stability(), parameters);
    return parameters.fuzz()
        ? IntervalFuzz.apply(days, elapsedDays, parameters.maximumInterval(), fuzzDraw)
        : days;
  }

  /** A Review card due {@code days} whole days of 24 h from now (fsrs-spec §5.1). */
  CardState inReview(MemoryState memory, int days, int lapses) {
    return after(State.REVIEW, memory, now.plusMillis(days * DAY_MILLIS), days, 0, lapses);
  }

  /** The card after this review, with reps counted and the review instant recorded. */
  CardState after(
      State state, MemoryState memory, Instant due, int scheduledDays, int step, int lapses) {
    return new CardState(
        state,
        memory.stability(),
        memory.difficulty(),
        due,
        Optional.of(now),
        scheduledDays,
        step,
        card.reps() + 1,
        lapses);
  }
}
