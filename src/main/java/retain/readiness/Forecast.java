package retain.readiness;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a student is likely to recall when the exam begins, and what it takes to reach a target.
 *
 * @param now when the forecast was made
 * @param exam when the exam begins
 * @param target the recall aimed at, between 0 and 1
 * @param daysLeft study days from today's up to and excluding the exam's
 * @param items every item, in deck order
 * @param topics every topic, weakest expected score first
 * @param perDay the student's daily budget of reviews, if given
 */
public record Forecast(
    Instant now,
    Instant exam,
    double target,
    long daysLeft,
    List<ItemForecast> items,
    List<TopicForecast> topics,
    OptionalInt perDay) {

  /** A weak item: its recall on the exam day is under this. */
  public static final double WEAK = 0.5;

  public Forecast {
    items = List.copyOf(items);
    topics = List.copyOf(topics);
  }

  /** Whether the exam has begun: a forecast then describes the exam day itself. */
  public boolean examBegun() {
    return !now.isBefore(exam);
  }

  /** The mean recall over every item, an unseen item counting as 0. */
  public double recall() {
    return items.stream().mapToDouble(item -> item.recall().orElse(0)).average().orElse(0);
  }

  /** The predicted score: the mean expected score over every item, guessing included. */
  public double score() {
    return items.stream().mapToDouble(ItemForecast::expectedScore).average().orElse(0);
  }

  /** How many items were never studied. */
  public long unseen() {
    return items.stream().filter(ItemForecast::unseen).count();
  }

  /** The successful reviews still needed for every item to reach the target on the exam day. */
  public long reviewsNeeded() {
    return items.stream().mapToLong(ItemForecast::reviews).sum();
  }

  /** Reviews a day those take over the days left; all of them today when none is left. */
  public long reviewsPerDay() {
    return daysLeft == 0 ? reviewsNeeded() : ceilDiv(reviewsNeeded(), daysLeft);
  }

  /** New cards a day that leave every unseen item learnt before the exam day. */
  public long newPerDay() {
    return daysLeft == 0 ? unseen() : ceilDiv(unseen(), daysLeft);
  }

  /** Whether the daily budget, when given, covers the reviews a day that are needed. */
  public boolean withinBudget() {
    return perDay.isEmpty() || reviewsPerDay() <= perDay.getAsInt();
  }

  /** The items least likely to be recalled on the exam day, at most {@code count}. */
  public List<ItemForecast> weakest(int count) {
    return items.stream()
        .sorted(
            Comparator.comparingDouble((ItemForecast item) -> item.recall().orElse(-1))
                .thenComparing(ItemForecast::item))
        .limit(count)
        .toList();
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
