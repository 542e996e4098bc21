package retain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The user's study day: from {@code startsAt} local time to the same time the next day, 04:00 by
 * default as in Anki, so that a late-night session still counts as the evening's. It decides what
 * "today" means for daily limits and "due today"; FSRS itself counts UTC dates (fsrs-spec §5.1).
 *
 * @param zone the user's time zone
 * @param startsAt the local time at which a new study day begins
 */
public record StudyDay(ZoneId zone, LocalTime startsAt) {

  /** Anki's default rollover hour. */
  public static final LocalTime DEFAULT_START = LocalTime.of(4, 0);

  /** The study day in {@code zone} starting at 04:00. */
  public static StudyDay in(ZoneId zone) {
    return new StudyDay(zone, DEFAULT_START);
  }

  /**
   * The date of the study day holding {@code instant}: at 03:59 it is still yesterday's. When
   * {@code startsAt} falls in a daylight-saving gap, the day starts when the clock resumes.
   */
  public LocalDate dateOf(Instant instant) {
    LocalDate date = instant.atZone(zone).toLocalDate();
    return instant.isBefore(startOf(date)) ? date.minusDays(1) : date;
  }

  /** The instant the study day of {@code date} begins. */
  public Instant startOf(LocalDate date) {
    return ZonedDateTime.of(date, startsAt, zone).toInstant();
  }

  /** The start of the study day holding {@code now}: "today" for the daily counts. */
  public Instant start(Instant now) {
    return startOf(dateOf(now));
  }

  /** The start of the next study day: what is due before it is due today. */
  public Instant end(Instant now) {
    return startOf(dateOf(now).plusDays(1));
  }
}
