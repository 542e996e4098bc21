package retain.schedule;

/**
 * The range each FSRS-6 weight is kept in while it is fitted, as fsrs-rs's parameter clipper keeps
 * it (one relearning step, short-term on): the optimizer clips after every step, so a fit never
 * leaves the region where the formulas make sense (a growth factor below 1, a difficulty outside
 * 1…10).
 */
final class ParameterBounds {

  /** The highest first stability the optimizer gives, in days. */
  static final double INITIAL_STABILITY_MAX = 100;

  private static final double[] LOW = {
    Fsrs.S_MIN,
    Fsrs.S_MIN,
    Fsrs.S_MIN,
    Fsrs.S_MIN,
    1,
    0.001,
    0.001,
    0.001,
    0,
    0,
    0.001,
    0.001,
    0.001,
    0.001,
    0,
    0,
    1,
    0,
    0,
    0.01,
    0.1
  };

  private static final double[] HIGH = {
    INITIAL_STABILITY_MAX,
    INITIAL_STABILITY_MAX,
    INITIAL_STABILITY_MAX,
    INITIAL_STABILITY_MAX,
    10,
    4,
    4,
    0.75,
    4.5,
    0.8,
    3.5,
    5,
    0.25,
    0.9,
    4,
    1,
    6,
    2,
    2,
    0.8,
    0.8
  };

  private ParameterBounds() {}

  /** Moves each weight into its range, in place. */
  static void clip(double[] w) {
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.min(Math.max(w[i], LOW[i]), HIGH[i]);
    }
  }
}
