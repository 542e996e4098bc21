package retain.schedule;

/**
 * How many cards a study day may bring (design.md §4).
 *
 * @param newPerDay new cards introduced per study day, counting those already seen today
 * @param reviewsPerDay Review cards asked per study day; learning cards are never held back
 */
public record StudyLimits(int newPerDay, int reviewsPerDay) {

  /** 20 new cards and 200 reviews a day, as in Anki. */
  public static final StudyLimits DEFAULTS = new StudyLimits(20, 200);

  public StudyLimits {
    if (newPerDay < 0 || reviewsPerDay < 0) {
      throw new IllegalArgumentException(
          "daily limits must be >= 0, got new " + newPerDay + ", reviews " + reviewsPerDay);
    }
  }
}
