package retain.stats;

/**
 * Items due by study day (a day starts at 04:00 local by default; see StudyDay).
 *
 * @param today due before today's study day ends, overdue items included
 * @param tomorrow due during tomorrow's study day
 * @param week due before the end of the sixth study day after today: today and the next six
 */
public record DueCounts(int today, int tomorrow, int week) {

  /** Checks that the counts are not negative and that the week holds today and tomorrow. */
  public DueCounts {
    if (today < 0 || tomorrow < 0 || week < today + tomorrow) {
      throw new IllegalArgumentException(
          "due counts must be >= 0 with week >= today + tomorrow: "
              + today
              + ", "
              + tomorrow
              + ", "
              + week);
    }
  }
}
