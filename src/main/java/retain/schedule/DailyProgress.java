package retain.schedule;

import java.util.Set;

/**
 * What the current study day has already used of the limits, counted by the caller from the stored
 * reviews since {@link StudyDay#start}.
 *
 * @param newIntroduced cards whose first review was today
 * @param reviewsDone reviews today of cards that were in the Review state before the review
 * @param cardsAsked the cards ({@link QueueItem#card}) with an item answered today, whose other
 *     items wait for another day
 */
public record DailyProgress(int newIntroduced, int reviewsDone, Set<String> cardsAsked) {

  /** Nothing done yet today. */
  public static final DailyProgress NONE = new DailyProgress(0, 0);

  public DailyProgress {
    if (newIntroduced < 0 || reviewsDone < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got new " + newIntroduced + ", reviews " + reviewsDone);
    }
    cardsAsked = Set.copyOf(cardsAsked);
  }

  /** Counts alone, with no card asked today. */
  public DailyProgress(int newIntroduced, int reviewsDone) {
    this(newIntroduced, reviewsDone, Set.of());
  }
}
