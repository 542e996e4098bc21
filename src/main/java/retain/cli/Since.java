package retain.cli;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import retain.schedule.StudyDay;

/**
 * Reads a --since value as {@link Instants} reads --now, except that a date alone means midnight
 * where the user is, not the start of a study day.
 */
final class Since {

  private Since() {}

  /**
   * 2022-12-19 as midnight of that day in {@code zone}; 2022-12-19T10:00 as that time in {@code
   * zone}; 2022-12-19T10:00:00Z (or any ISO-8601 time with an offset) as itself.
   *
   * @throws BadInputException for anything else
   */
  static Instant parse(String text, ZoneId zone) {
    return Instants.parse(
        text,
        new StudyDay(zone, LocalTime.MIDNIGHT),
        "--since expects a date such as 2022-12-19 or a time such as 2022-12-19T10:00:00Z");
  }
}
