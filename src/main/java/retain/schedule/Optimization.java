package retain.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code retain optimize} computes: weights fitted on the older reviews, and how the defaults,
 * the current weights and the fitted ones predict the newer reviews (a time-series split: the last
 * fifth of the long-term reviews, by day, is held out).
 *
 * @param parameters the fitted weights, or the defaults when the fitted ones predict the held-out
 *     reviews worse than the defaults do
 * @param fittedBeatDefaults whether {@code parameters} are the fitted weights
 * @param defaults how the default weights predict the held-out reviews
 * @param current how the current weights do
 * @param result how {@code parameters} do
 * @param reviews how many reviews were read
 * @param cards how many cards they were of
 */
public record Optimization(
    List<Double> parameters,
    boolean fittedBeatDefaults,
    FitEvaluation defaults,
    FitEvaluation current,
    FitEvaluation result,
    int reviews,
    int cards) {

  /** The share of long-term reviews held out, newest first. */
  static final double HELD_OUT = 0.2;

  public Optimization {
    parameters = List.copyOf(parameters);
  }

  /**
   * Why {@code cards} cannot be optimized on (too few reviews before or after the split), or empty.
   */
  public static Optional<String> shortfall(List<CardHistory> cards) {
    Optional<String> all = FsrsOptimizer.shortfall(cards);
    if (all.isPresent()) {
      return all;
    }
    return FsrsOptimizer.shortfall(before(cards, splitDay(cards)))
        .map(reason -> "before the newest fifth of the reviews, held out to test on, " + reason);
  }

  /**
   * Fits on the reviews before the split day and evaluates on those from it on.
   *
   * @throws IllegalArgumentException when {@link #shortfall} is not empty
   */
  public static Optimization run(
      List<CardHistory> cards, List<Double> current, FsrsOptimizer.Listener listener) {
    int split = splitDay(cards);
    List<Double> fitted = FsrsOptimizer.fit(before(cards, split), listener);
    FitEvaluation defaults = FitEvaluation.of(FsrsParameters.DEFAULT_WEIGHTS, cards, split);
    FitEvaluation ours = FitEvaluation.of(fitted, cards, split);
    boolean better = ours.logLoss() < defaults.logLoss();
    int reviews = cards.stream().mapToInt(CardHistory::size).sum();
    return new Optimization(
        better ? fitted : FsrsParameters.DEFAULT_WEIGHTS,
        better,
        defaults,
        FitEvaluation.of(current, cards, split),
        better ? ours : defaults,
        reviews,
        cards.size());
  }

  /** Whether {@link #parameters} predict the held-out reviews better than the current weights. */
  public boolean beatsCurrent() {
    return result.logLoss() < current.logLoss();
  }

  /** The first held-out day: the day of the review at 80% of all long-term reviews by day. */
  static int splitDay(List<CardHistory> cards) {
    int[] days =
        cards.stream()
            .flatMapToInt(
                card ->
                    java.util.stream.IntStream.range(1, card.size())
                        .filter(i -> card.elapsed(i) > 0)
                        .map(card::day))
            .sorted()
            .toArray();
    return days.length == 0 ? Integer.MAX_VALUE : days[(int) (days.length * (1 - HELD_OUT))];
  }

  /** Each card's reviews before {@code day}; cards with none are left out. */
  static List<CardHistory> before(List<CardHistory> cards, int day) {
    List<CardHistory> older = new ArrayList<>();
    for (CardHistory card : cards) {
      int n = 0;
      while (n < card.size() && card.day(n) < day) {
        n++;
      }
      if (n > 0) {
        older.add(new CardHistory(Arrays.copyOf(card.grades(), n), Arrays.copyOf(card.days(), n)));
      }
    }
    return older;
  }
}
