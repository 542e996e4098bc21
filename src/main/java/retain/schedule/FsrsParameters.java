package retain.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FSRS-6 weights and the scheduler settings (fsrs-spec §2, §4.2, §5.2, §6, §7).
 *
 * <p>Weights are checked once, here, and never replaced by defaults in silence. 21 weights are
 * taken as they are; 19 (FSRS-5) and 17 (FSRS-4.5) are migrated by the rule of fsrs-spec §9.
 * Weights are not clamped to the optimizer's ranges: they are used as given.
 *
 * @param weights w0 to w20, after migration always 21 finite numbers
 * @param desiredRetention the recall probability intervals aim at, in (0, 1]
 * @param maximumInterval the longest interval in days before the ordering step (fsrs-spec §8.6)
 * @param learningSteps the waits of a new card before it graduates, whole minutes each
 * @param relearningSteps the waits after a lapse before the card graduates again, may be empty
 * @param shortTerm whether same-day reviews use the short-term formula and steps (§5) or every
 *     review is long-term (§6)
 * @param fuzz whether day intervals of 3 or more are spread at random (§7)
 */
public record FsrsParameters(
    List<Double> weights,
    double desiredRetention,
    int maximumInterval,
    List<Duration> learningSteps,
    List<Duration> relearningSteps,
    boolean shortTerm,
    boolean fuzz) {

  /** The FSRS-6 default weights, identical in ts-fsrs 5.4.2, py-fsrs 6.3.1 and fsrs-rs 6.6.1. */
  public static final List<Double> DEFAULT_WEIGHTS =
      List.of(
          0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

  /** FSRS-4.5 and FSRS-5 used the fixed curve R = (1 + 19t/81S)^-0.5, so migrated w20 is 0.5. */
  private static final double FSRS5_DECAY = 0.5;

  private static final Pattern STEP = Pattern.compile("([0-9]{1,6})([mhd])");

  public FsrsParameters {
    weights = migrate(weights);
    for (int i = 0; i < weights.size(); i++) {
      double w = weights.get(i);
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("FSRS weight w" + i + " must be finite, got " + w);
      }
    }
    if (!(desiredRetention > 0 && desiredRetention <= 1)) {
      throw new IllegalArgumentException(
          "desired retention must be in (0, 1], got " + desiredRetention);
    }
    if (maximumInterval < 1) {
      throw new IllegalArgumentException(
          "maximum interval must be at least 1 day, got " + maximumInterval);
    }
    learningSteps = checkSteps("learning", learningSteps);
    relearningSteps = checkSteps("relearning", relearningSteps);
  }

  /**
   * The defaults of ts-fsrs and of design.md §4: default weights, retention 0.9, maximum interval
   * 36500 days, learning steps 1m 10m, relearning step 10m, short-term on, fuzz on (as users get
   * it; the reference vectors turn it off).
   */
  public static FsrsParameters defaults() {
    return new FsrsParameters(
        DEFAULT_WEIGHTS,
        0.9,
        36500,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(10)),
        true,
        true);
  }

  /**
   * Reads a step such as {@code 1m}, {@code 10m}, {@code 1h} or {@code 1d}: a positive whole number
   * followed by m (minutes), h (hours) or d (days).
   *
   * @throws IllegalArgumentException naming the text when it is not such a step
   */
  public static Duration parseStep(String text) {
    Matcher m = STEP.matcher(text);
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException(
          "a step is a positive whole number followed by m, h or d (like 1m, 10m, 1h, 1d), got '"
              + text
              + "'");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  /** Weight {@code w[i]}, 0 to 20. */
  public double w(int i) {
    return weights.get(i);
  }

  /** These parameters with other weights (21, or an older length migrated by fsrs-spec §9). */
  public FsrsParameters withWeights(List<Double> other) {
    return new FsrsParameters(
        other, desiredRetention, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz);
  }

  /** These parameters with another desired retention. */
  public FsrsParameters withDesiredRetention(double retention) {
    return new FsrsParameters(
        weights, retention, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz);
  }

  /** These parameters with another maximum interval in days. */
  public FsrsParameters withMaximumInterval(int days) {
    return new FsrsParameters(
        weights, desiredRetention, days, learningSteps, relearningSteps, shortTerm, fuzz);
  }

  /** These parameters with other learning and relearning steps. */
  public FsrsParameters withSteps(List<Duration> learning, List<Duration> relearning) {
    return new FsrsParameters(
        weights, desiredRetention, maximumInterval, learning, relearning, shortTerm, fuzz);
  }

  /** These parameters with short-term scheduling on or off. */
  public FsrsParameters withShortTerm(boolean on) {
    return new FsrsParameters(
        weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, on, fuzz);
  }

  /** These parameters with interval fuzz on or off. */
  public FsrsParameters withFuzz(boolean on) {
    return new FsrsParameters(
        weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, shortTerm, on);
  }

  /**
   * fsrs-spec §9: 19 weights (FSRS-5) get w19 = 0 and w20 = 0.5; 17 weights (FSRS-4.5) also get w4'
   * = w4 + 2·w5, w5' = ln(3·w5 + 1)/3, w6' = w6 + 0.5 and w17 = w18 = 0.
   */
  private static List<Double> migrate(List<Double> weights) {
    List<Double> w = new ArrayList<>(weights);
    switch (w.size()) {
      case 21 -> {}
      case 19 -> w.addAll(List.of(0.0, FSRS5_DECAY));
      case 17 -> {
        double w5 = w.get(5);
        w.set(4, w.get(4) + 2 * w5);
        w.set(5, Math.log(3 * w5 + 1) / 3);
        w.set(6, w.get(6) + 0.5);
        w.addAll(List.of(0.0, 0.0, 0.0, FSRS5_DECAY));
      }
      default ->
          throw new IllegalArgumentException(
              "FSRS weights must number 21, 19 or 17, got " + w.size());
    }
    return List.copyOf(w);
  }

  private static List<Duration> checkSteps(String kind, List<Duration> steps) {
    for (Duration step : steps) {
      if (step.isNegative() || step.toMinutes() < 1 || !step.equals(toMinutes(step))) {
        throw new IllegalArgumentException(
            kind + " steps must be whole minutes, at least 1, got " + step);
      }
    }
    return List.copyOf(steps);
  }

  private static Duration toMinutes(Duration step) {
    return Duration.ofMinutes(step.toMinutes());
  }
}
