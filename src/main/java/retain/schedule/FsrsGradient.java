package retain.schedule;

/**
 * The FSRS-6 recurrence as fsrs-rs trains it, with its exact gradient by backpropagation through a
 * card's reviews.
 *
 * <p>The formulas are those of {@link Fsrs} (fsrs-spec §4) without its 8-decimal rounding, which
 * would make the loss a step function, and with fsrs-rs's training conventions: the first stability
 * is w[G−1] with no 0.1 floor, stability is clamped to [{@link Fsrs#S_MIN}, {@link Fsrs#S_MAX}] and
 * difficulty to [1, 10] after every review, and a clamped value passes no gradient. {@code
 * FsrsGradientTest} checks the forward values against {@link Fsrs#step} and the gradient against
 * finite differences.
 *
 * <p>Not thread-safe: it keeps the memory states of the card it last walked.
 */
final class FsrsGradient {

  static final int WEIGHTS = 21;

  /** Predictions are kept off 0 and 1, as fsrs-rs's evaluation does, so a log loss stays finite. */
  static final double R_EPSILON = 1e-6;

  private final double[] w;
  private final double[] stability;
  private final double[] difficulty;
  private final double[] rawStability;
  private final double[] rawDifficulty;
  private final double[] inputs = new double[2];

  /**
   * @param weights w0…w20, read (not copied) on every call, so an optimizer may update them in
   *     place
   * @param longest the most reviews of any card this will walk
   */
  FsrsGradient(double[] weights, int longest) {
    this.w = weights;
    stability = new double[longest];
    difficulty = new double[longest];
    rawStability = new double[longest];
    rawDifficulty = new double[longest];
  }

  /**
   * The recall predicted for review {@code index} (at least 1) of the card, from the memory state
   * after the reviews before it, kept within [{@link #R_EPSILON}, 1 − {@link #R_EPSILON}].
   */
  double predict(CardHistory card, int index) {
    walk(card, index);
    return clampRecall(recall(card.elapsed(index), stability[index - 1]));
  }

  /**
   * The recall predicted for every review of the card in one walk: element {@code i} for review
   * {@code i}, element 0 unused.
   */
  double[] predictAll(CardHistory card) {
    walk(card, card.size());
    double[] r = new double[card.size()];
    for (int i = 1; i < r.length; i++) {
      r[i] = clampRecall(recall(card.elapsed(i), stability[i - 1]));
    }
    return r;
  }

  /**
   * The weighted binary cross-entropy of review {@code index} (recall = grade above Again), and
   * adds its gradient with respect to w0…w20 into {@code gradient}.
   */
  double lossAndGradient(CardHistory card, int index, double weight, double[] gradient) {
    walk(card, index);
    double t = card.elapsed(index);
    double s = stability[index - 1];
    double rawR = recall(t, s);
    double r = clampRecall(rawR);
    boolean y = card.recalled(index);
    double loss = -weight * (y ? Math.log(r) : Math.log(1 - r));
    if (r != rawR) {
      return loss;
    }
    double dLossDr = -weight * (y ? 1 / r : -1 / (1 - r));
    gradient[20] += dLossDr * recallByDecay(t, s, r);
    backward(card, index - 1, dLossDr * recallByStability(t, s, r), 0, gradient);
    return loss;
  }

  /** Memory states after reviews 0 … {@code index − 1}. */
  private void walk(CardHistory card, int index) {
    int first = card.grade(0);
    rawStability[0] = w[first - 1];
    rawDifficulty[0] = w[4] - Math.exp(w[5] * (first - 1)) + 1;
    keep(0);
    for (int k = 1; k < index; k++) {
      double s = stability[k - 1];
      double d = difficulty[k - 1];
      int g = card.grade(k);
      int t = card.elapsed(k);
      if (t == 0) {
        rawStability[k] = s * shortTermIncrease(s, g);
      } else if (g == 1) {
        rawStability[k] = Math.min(forgotten(s, d, recall(t, s)), lapseCap(s));
      } else {
        rawStability[k] = s * (1 + growth(s, d, recall(t, s), g));
      }
      rawDifficulty[k] = w[7] * easyDifficulty() + (1 - w[7]) * damped(d, g);
      keep(k);
    }
  }

  private void keep(int k) {
    stability[k] = Math.min(Math.max(rawStability[k], Fsrs.S_MIN), Fsrs.S_MAX);
    difficulty[k] = Math.min(Math.max(rawDifficulty[k], 1), 10);
  }

  /**
   * Carries the loss's sensitivity to the state after review {@code k} ({@code adjS}, {@code adjD})
   * back to the weights, review by review down to the first.
   */
  private void backward(CardHistory card, int k, double adjS, double adjD, double[] gradient) {
    for (; k >= 1; k--) {
      inputs[0] = 0;
      inputs[1] = 0;
      double s = stability[k - 1];
      double d = difficulty[k - 1];
      int g = card.grade(k);
      if (stability[k] == rawStability[k] && adjS != 0) {
        stabilityStep(s, d, g, card.elapsed(k), adjS, inputs, gradient);
      }
      if (difficulty[k] == rawDifficulty[k] && adjD != 0) {
        difficultyStep(d, g, adjD, inputs, gradient);
      }
      adjS = inputs[0];
      adjD = inputs[1];
    }
    int first = card.grade(0);
    if (stability[0] == rawStability[0]) {
      gradient[first - 1] += adjS;
    }
    if (difficulty[0] == rawDifficulty[0]) {
      gradient[4] += adjD;
      gradient[5] -= adjD * (first - 1) * Math.exp(w[5] * (first - 1));
    }
  }

  /** Back through S' = f(S, D, R(t, S)): adds into inputs[0] (∂/∂S), inputs[1] (∂/∂D). */
  private void stabilityStep(
      double s, double d, int g, int t, double adj, double[] inputs, double[] gradient) {
    if (t == 0) {
      double increase = shortTermIncrease(s, g);
      double raw = rawShortTermIncrease(s, g);
      if (increase != raw) {
        inputs[0] += adj;
        return;
      }
      double next = s * raw;
      inputs[0] += adj * (1 - w[19]) * raw;
      gradient[17] += adj * next * (g - 3 + w[18]);
      gradient[18] += adj * next * w[17];
      gradient[19] -= adj * next * Math.log(s);
      return;
    }
    double r = recall(t, s);
    double adjR;
    if (g == 1) {
      adjR = failureStep(s, d, r, adj, inputs, gradient);
    } else {
      adjR = successStep(s, d, r, g, adj, inputs, gradient);
    }
    inputs[0] += adjR * recallByStability(t, s, r);
    gradient[20] += adjR * recallByDecay(t, s, r);
  }

  private double successStep(
      double s, double d, double r, int g, double adj, double[] inputs, double[] gradient) {
    double bonus = g == 2 ? w[15] : g == 4 ? w[16] : 1;
    double e = Math.exp(w[10] * (1 - r));
    double base = Math.exp(w[8]) * Math.pow(s, -w[9]) * bonus;
    double growth = base * (11 - d) * (e - 1);
    double sg = adj * s * growth;
    inputs[0] += adj * (1 + growth * (1 - w[9]));
    inputs[1] -= adj * s * base * (e - 1);
    gradient[8] += sg;
    gradient[9] -= sg * Math.log(s);
    gradient[10] += adj * s * base * (11 - d) * e * (1 - r);
    if (g == 2) {
      gradient[15] += sg / w[15];
    } else if (g == 4) {
      gradient[16] += sg / w[16];
    }
    return -adj * s * base * (11 - d) * e * w[10];
  }

  private double failureStep(
      double s, double d, double r, double adj, double[] inputs, double[] gradient) {
    double cap = lapseCap(s);
    double forgotten = forgotten(s, d, r);
    if (cap < forgotten) {
      inputs[0] += adj * cap / s;
      gradient[17] -= adj * cap * w[18];
      gradient[18] -= adj * cap * w[17];
      return 0;
    }
    double grown = Math.pow(s + 1, w[13]);
    double rest = w[11] * Math.pow(d, -w[12]) * Math.exp(w[14] * (1 - r));
    double af = adj * forgotten;
    inputs[0] += adj * rest * w[13] * grown / (s + 1);
    inputs[1] -= af * w[12] / d;
    gradient[11] += af / w[11];
    gradient[12] -= af * Math.log(d);
    gradient[13] += adj * rest * grown * Math.log(s + 1);
    gradient[14] += af * (1 - r);
    return -af * w[14];
  }

  /** Back through D' = w7·D0(Easy) + (1 − w7)·(D − w6·(G − 3)·(10 − D)/9). */
  private void difficultyStep(double d, int g, double adj, double[] inputs, double[] gradient) {
    double easy = easyDifficulty();
    double damped = damped(d, g);
    double adjDamped = adj * (1 - w[7]);
    gradient[7] += adj * (easy - damped);
    gradient[4] += adj * w[7];
    gradient[5] -= adj * w[7] * 3 * Math.exp(3 * w[5]);
    gradient[6] -= adjDamped * (g - 3) * (10 - d) / 9;
    inputs[1] += adjDamped * (1 + w[6] * (g - 3) / 9);
  }

  /** R(t, S) = (1 + factor·t/S)^−w20 with factor = 0.9^(−1/w20) − 1, fsrs-spec §4.1. */
  private double recall(double t, double s) {
    return Math.pow(1 + factor() * t / s, -w[20]);
  }

  private double recallByStability(double t, double s, double r) {
    double factor = factor();
    return r * w[20] * factor * t / ((1 + factor * t / s) * s * s);
  }

  private double recallByDecay(double t, double s, double r) {
    double factor = factor();
    double u = 1 + factor * t / s;
    double factorByDecay = (factor + 1) * Math.log(0.9) / (w[20] * w[20]);
    return r * (-Math.log(u) - w[20] * t * factorByDecay / (u * s));
  }

  private double factor() {
    return Math.pow(0.9, -1 / w[20]) - 1;
  }

  private double growth(double s, double d, double r, int g) {
    double bonus = g == 2 ? w[15] : g == 4 ? w[16] : 1;
    return Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1) * bonus;
  }

  private double forgotten(double s, double d, double r) {
    return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
  }

  private double lapseCap(double s) {
    return s / Math.exp(w[17] * w[18]);
  }

  private double rawShortTermIncrease(double s, int g) {
    return Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
  }

  private double shortTermIncrease(double s, int g) {
    double raw = rawShortTermIncrease(s, g);
    return g >= 2 ? Math.max(raw, 1) : raw;
  }

  private double damped(double d, int g) {
    return d - w[6] * (g - 3) * (10 - d) / 9;
  }

  private double easyDifficulty() {
    return w[4] - Math.exp(3 * w[5]) + 1;
  }

  private static double clampRecall(double r) {
    return Math.min(Math.max(r, R_EPSILON), 1 - R_EPSILON);
  }
}
