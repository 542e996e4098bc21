package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.schedule.FsrsReferenceTest.assertClose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FsrsGradientTest {

  private static final String[] NAMES = new String[21];

  static {
    for (int i = 0; i < 21; i++) {
      NAMES[i] = "w" + i;
    }
  }

  @Test
  @DisplayName("the analytic gradient of every weight agrees with central differences (1e-4)")
  void gradientMatchesFiniteDifferences() {
    Random random = new Random(19);
    int checked = 0;
    for (int round = 0; round < 300; round++) {
      double[] w = randomWeights(random);
      List<CardHistory> cards = randomCards(random, 6);
      double[] analytic = new double[21];
      loss(w, cards, analytic);
      for (int i = 0; i < 21; i++) {
        double h = 1e-6 * Math.max(1, Math.abs(w[i]));
        double[] up = w.clone();
        double[] down = w.clone();
        up[i] += h;
        down[i] -= h;
        double numeric = (loss(up, cards, null) - loss(down, cards, null)) / (2 * h);
        double scale = Math.max(Math.abs(numeric), 1e-3);
        assertThat(Math.abs(analytic[i] - numeric) / scale)
            .as(
                "%s in round %d: analytic %s, numeric %s, cards %s",
                NAMES[i], round, analytic[i], numeric, cards)
            .isLessThan(1e-4);
        checked += Math.abs(numeric) > 1e-3 ? 1 : 0;
      }
    }
    // the check is only worth something if most weights did move the loss
    assertThat(checked).isGreaterThan(300 * 21 * 3 / 4);
  }

  @Test
  @DisplayName("its memory states are the scheduler's, but for the scheduler's 8-decimal rounding")
  void forwardAgreesWithTheScheduler() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      double[] w = randomWeights(random);
      FsrsParameters p =
          FsrsParameters.defaults().withWeights(java.util.Arrays.stream(w).boxed().toList());
      CardHistory card = randomCards(random, 1).get(0);
      FsrsGradient model = new FsrsGradient(w, card.size());
      MemoryState state = MemoryState.NONE;
      for (int i = 0; i < card.size(); i++) {
        if (i > 0) {
          double expected = Fsrs.retrievability(card.elapsed(i), state.stability(), p);
          assertClose(
              "R of review " + i + " of " + card, clampedRecall(expected), model.predict(card, i));
        }
        state = Fsrs.step(state, Rating.ofGrade(card.grade(i)), card.elapsed(i), p);
      }
    }
  }

  private static double clampedRecall(double r) {
    return Math.min(Math.max(r, FsrsGradient.R_EPSILON), 1 - FsrsGradient.R_EPSILON);
  }

  private static double loss(double[] w, List<CardHistory> cards, double[] gradient) {
    FsrsGradient model = new FsrsGradient(w, 20);
    double[] sink = gradient == null ? new double[21] : gradient;
    double sum = 0;
    for (CardHistory card : cards) {
      for (int i = 1; i < card.size(); i++) {
        sum += model.lossAndGradient(card, i, 0.5 + i / 20.0, sink);
      }
    }
    return sum;
  }

  /** Weights inside the optimizer's bounds, away from them, and first stabilities above 0.1. */
  private static double[] randomWeights(Random random) {
    double[] w = FsrsParameters.DEFAULT_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
    for (int i = 0; i < 21; i++) {
      w[i] *= Math.exp(0.3 * random.nextGaussian());
    }
    w[7] = 0.01 + 0.3 * random.nextDouble();
    w[16] = Math.max(w[16], 1.1);
    w[20] = 0.1 + 0.6 * random.nextDouble();
    for (int i = 0; i < 4; i++) {
      w[i] = Math.max(w[i], 0.15);
    }
    return w;
  }

  /** Cards of 2 to 15 reviews, some on the same day, with every grade. */
  static List<CardHistory> randomCards(Random random, int count) {
    List<CardHistory> cards = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      int n = 2 + random.nextInt(14);
      int[] grades = new int[n];
      int[] days = new int[n];
      for (int i = 0; i < n; i++) {
        grades[i] = 1 + random.nextInt(4);
        int wait = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(40);
        days[i] = i == 0 ? 0 : days[i - 1] + wait;
      }
      cards.add(new CardHistory(grades, days));
    }
    return cards;
  }
}
