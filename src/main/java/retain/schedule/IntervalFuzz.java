package retain.schedule;

import java.time.Instant;
import java.util.SplittableRandom;

/** Interval fuzz as in ts-fsrs 5.4.2 (fsrs-spec §7), with our own deterministic draw. */
final class IntervalFuzz {

  /** Fuzz starts at I = 2.5 days, i.e. 3 after rounding (fsrs-spec §7). */
  private static final double SMALLEST = 2.5;

  private IntervalFuzz() {}

  /** The range [low, high] an interval may be moved to. */
  record Range(int low, int high) {}

  /**
   * fsrs-spec §7: δ = 1 + 0.15·(part of I in 2.5..7) + 0.10·(part in 7..20) + 0.05·(part above 20);
   * low = max(2, round(I − δ)), raised to t + 1 when I > t; high = min(round(I + δ), max); then low
   * = min(low, high).
   */
  static Range range(int interval, long elapsedDays, int maximumInterval) {
    double delta =
        1
            + 0.15 * band(interval, SMALLEST, 7)
            + 0.10 * band(interval, 7, 20)
            + 0.05 * band(interval, 20, Double.POSITIVE_INFINITY);
    long low = Math.max(2, Math.round(interval - delta));
    long high = Math.min(Math.round(interval + delta), maximumInterval);
    if (interval > elapsedDays) {
      low = Math.max(low, elapsedDays + 1);
    }
    return new Range((int) Math.min(low, high), (int) high);
  }

  /** The fuzzed interval floor(u·(high − low + 1) + low); intervals under 2.5 days are kept. */
  static int apply(int interval, long elapsedDays, int maximumInterval, double draw) {
    if (interval < SMALLEST) {
      return interval;
    }
    Range range = range(interval, elapsedDays, maximumInterval);
    return (int) Math.floor(draw * (range.high() - range.low() + 1) + range.low());
  }

  /**
   * u in [0, 1) for one review. Like ts-fsrs, which seeds Alea with the review time, the reps after
   * the review and D·S before it, the draw depends only on its inputs, so a preview and the review
   * it previews agree; the user's seed replaces Alea's fixed one.
   */
  static double draw(long seed, Instant now, int repsAfter, double difficultyTimesStability) {
    long mixed = seed;
    mixed = mixed * 31 + now.toEpochMilli();
    mixed = mixed * 31 + repsAfter;
    mixed = mixed * 31 + Double.doubleToLongBits(difficultyTimesStability);
    return new SplittableRandom(mixed).nextDouble();
  }

  private static double band(int interval, double start, double end) {
    return Math.max(Math.min(interval, end) - start, 0);
  }
}
