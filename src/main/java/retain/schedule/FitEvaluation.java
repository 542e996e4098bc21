package retain.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well weights predict recall on reviews they were not fitted to: the mean log loss and
 * fsrs-rs's RMSE (bins) over every review on a later day than the card's previous one, from a given
 * study day on. Same-day reviews are left out: FSRS predicts certain recall for them.
 *
 * @param logLoss mean binary cross-entropy of the predicted recall against recall = grade above
 *     Again
 * @param rmseBins root mean square gap between mean predicted and observed recall, over bins of
 *     similar reviews (days waited, reviews so far, lapses so far), weighted by bin size
 * @param reviews how many reviews were predicted
 */
public record FitEvaluation(double logLoss, double rmseBins, int reviews) {

  /**
   * Evaluates {@code weights} on the reviews of {@code cards} made on {@code fromDay} or later,
   * each predicted from all the card's earlier reviews.
   */
  public static FitEvaluation of(List<Double> weights, List<CardHistory> cards, int fromDay) {
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    int longest = cards.stream().mapToInt(CardHistory::size).max().orElse(1);
    FsrsGradient model = new FsrsGradient(w, longest);
    Map<Long, double[]> bins = new HashMap<>();
    double loss = 0;
    int n = 0;
    for (CardHistory card : cards) {
      double[] predicted = model.predictAll(card);
      int longTerm = 0;
      int lapses = 0;
      for (int i = 1; i < card.size(); i++) {
        if (card.elapsed(i) == 0) {
          continue;
        }
        longTerm++;
        if (card.day(i) >= fromDay) {
          double r = predicted[i];
          double y = card.recalled(i) ? 1 : 0;
          loss -= y * Math.log(r) + (1 - y) * Math.log(1 - r);
          n++;
          double[] bin =
              bins.computeIfAbsent(bin(card.elapsed(i), longTerm, lapses), k -> new double[3]);
          bin[0] += r;
          bin[1] += y;
          bin[2]++;
        }
        lapses += card.recalled(i) ? 0 : 1;
      }
    }
    return new FitEvaluation(n == 0 ? Double.NaN : loss / n, rmse(bins.values(), n), n);
  }

  /**
   * fsrs-rs's bin of a review: days waited, long-term reviews so far, lapses so far, each on a log
   * scale.
   */
  private static long bin(int elapsed, int longTerm, int lapses) {
    long days = Math.round(2.48 * Math.pow(3.62, Math.floor(log(elapsed, 3.62))) * 100);
    long length = Math.round(1.99 * Math.pow(1.89, Math.floor(log(longTerm + 1, 1.89))));
    long lapse = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(log(lapses, 1.73))));
    return (days * 1_000_003L + length) * 1_000_003L + lapse;
  }

  private static double log(double x, double base) {
    return Math.log(x) / Math.log(base);
  }

  private static double rmse(Iterable<double[]> bins, int n) {
    double sum = 0;
    for (double[] bin : bins) {
      double gap = bin[0] / bin[2] - bin[1] / bin[2];
      sum += gap * gap * bin[2];
    }
    return n == 0 ? Double.NaN : Math.sqrt(sum / n);
  }
}
