package retain.schedule;

import java.util.Map;
import java.util.TreeMap;

/**
 * Pre-training of the first stabilities w0…w3, as fsrs-rs does it: for each first grade, the
 * stability whose forgetting curve best fits the recall observed at the first long-term review, by
 * elapsed days; then grades without data are filled in from their neighbours and the four put in
 * order.
 */
final class InitialStability {

  /** fsrs-rs's fill-in exponents: how far Hard sits between Again and Good, in log space. */
  private static final double SPREAD = 3.0 / 5.0;

  private static final double MIN = 0.1;

  private InitialStability() {}

  /**
   * The four first stabilities fitted to {@code firstIntervals}.
   *
   * @param firstIntervals per first grade (1–4), per elapsed days, the recall outcomes observed
   * @param averageRecall the share of recalled reviews in the whole training set, the prior each
   *     day's recall is smoothed toward
   * @throws IllegalArgumentException when no grade has any observation
   */
  static double[] fit(Map<Integer, FirstIntervals.Recalls> firstIntervals, double averageRecall) {
    Map<Integer, Double> fitted = new TreeMap<>();
    Map<Integer, Integer> counts = new TreeMap<>();
    firstIntervals.forEach(
        (grade, recalls) -> {
          fitted.put(grade, search(grade, recalls, averageRecall));
          counts.put(grade, recalls.total());
        });
    return smoothAndFill(fitted, counts);
  }

  /** Ternary search on [0.1, 100] for the stability of one first grade. */
  private static double search(int grade, FirstIntervals.Recalls recalls, double averageRecall) {
    double low = MIN;
    double high = ParameterBounds.INITIAL_STABILITY_MAX;
    double best = 1;
    for (int i = 0; i < 1000 && high - low > 1e-7; i++) {
      double third1 = low + (high - low) / 3;
      double third2 = high - (high - low) / 3;
      if (loss(grade, recalls, averageRecall, third1)
          < loss(grade, recalls, averageRecall, third2)) {
        high = third2;
      } else {
        low = third1;
      }
      best = (low + high) / 2;
    }
    return best;
  }

  /**
   * Log loss of the default-decay curve at stability {@code s}, each day weighted by the square
   * root of its count, plus a pull toward the default first stability.
   */
  private static double loss(
      int grade, FirstIntervals.Recalls recalls, double averageRecall, double s) {
    double defaultDecay = FsrsParameters.DEFAULT_WEIGHTS.get(20);
    double factor = Math.pow(0.9, -1 / defaultDecay) - 1;
    int n = recalls.total();
    double sum = 0;
    for (int i = 0; i < recalls.days().length; i++) {
      double recall = (recalls.recallShare(i) * n + averageRecall) / (n + 1);
      double predicted = Math.pow(1 + factor * recalls.days()[i] / s, -defaultDecay);
      double logLoss = recall * Math.log(predicted) + (1 - recall) * Math.log(1 - predicted);
      sum -= logLoss * Math.sqrt(recalls.counts()[i]);
    }
    return sum + Math.abs(s - FsrsParameters.DEFAULT_WEIGHTS.get(grade - 1)) / 16;
  }

  /**
   * Puts fitted first stabilities in grade order (the better-supported of two out-of-order grades
   * wins) and fills in missing grades from the present ones, each kept in [0.1, 100].
   */
  static double[] smoothAndFill(Map<Integer, Double> fitted, Map<Integer, Integer> counts) {
    Map<Integer, Double> s = new TreeMap<>(fitted);
    int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
    for (int[] pair : pairs) {
      Double small = s.get(pair[0]);
      Double big = s.get(pair[1]);
      if (small != null && big != null && small > big) {
        if (counts.getOrDefault(pair[0], 0) > counts.getOrDefault(pair[1], 0)) {
          s.put(pair[1], small);
        } else {
          s.put(pair[0], big);
        }
      }
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("no card has a first long-term review to learn from");
    }
    double[] out = s.size() == 1 ? scaleDefaults(s) : fill(s);
    for (int i = 0; i < 4; i++) {
      out[i] = Math.min(Math.max(out[i], MIN), ParameterBounds.INITIAL_STABILITY_MAX);
    }
    return out;
  }

  private static double[] scaleDefaults(Map<Integer, Double> s) {
    int grade = s.keySet().iterator().next();
    double ratio = s.get(grade) / FsrsParameters.DEFAULT_WEIGHTS.get(grade - 1);
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = FsrsParameters.DEFAULT_WEIGHTS.get(i) * ratio;
    }
    return out;
  }

  /** fsrs-rs's geometric fill-in for two or three known grades. */
  private static double[] fill(Map<Integer, Double> s) {
    double w1 = SPREAD;
    double w2 = SPREAD;
    Double r1 = s.get(1);
    Double r2 = s.get(2);
    Double r3 = s.get(3);
    Double r4 = s.get(4);
    if (r2 == null && r3 == null) {
      double k = w1 + w2 - w1 * w2;
      r2 = Math.pow(r1, w1 / k) * Math.pow(r4, 1 - w1 / k);
      r3 = Math.pow(r1, 1 - w2 / k) * Math.pow(r4, w2 / k);
    } else if (r3 == null && r4 == null) {
      r3 = Math.pow(r1, 1 - 1 / (1 - w1)) * Math.pow(r2, 1 / (1 - w1));
    } else if (r2 == null && r4 == null) {
      r2 = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
    } else if (r1 == null && r2 == null) {
      r2 = Math.pow(r3, 1 / (1 - w2)) * Math.pow(r4, 1 - 1 / (1 - w2));
    } else if (r3 == null) {
      r3 = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
    } else if (r2 == null) {
      r2 = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
    }
    if (r4 == null) {
      r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
    }
    if (r1 == null) {
      r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
    }
    return new double[] {r1, r2, r3, r4};
  }
}
