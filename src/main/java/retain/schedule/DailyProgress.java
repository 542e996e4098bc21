package retain.schedule;

/**
 * What the current study day has already used of the limits, counted by the caller from the stored
 * reviews since {@link StudyDay#start}.
 *
 * @param newIntroduced cards whose first review was today
 * @param reviewsDone reviews today of cards that were in the Review state before the review
 */
public record DailyProgress(int newIntroduced, int reviewsDone) {

  /** Nothing done yet today. */
  public static final DailyProgress NONE = new DailyProgress(0, 0);

  public DailyProgress {
    if (newIntroduced < 0 || reviewsDone < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got new " + newIntroduced + ", reviews " + reviewsDone);
    }
  }
}
