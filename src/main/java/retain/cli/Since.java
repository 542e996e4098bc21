package retain.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads a --since value: a date, meaning the start of that day where the user is, or a time. */
final class Since {

  private Since() {}

  /**
   * 2022-12-19 as midnight of that day in {@code zone}; 2022-12-19T10:00:00Z (or any ISO-8601 time
   * with an offset) as itself.
   *
   * @throws BadInputException for anything else
   */
  static Instant parse(String text, ZoneId zone) {
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException notDate) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notTime) {
        throw new BadInputException(
            "--since expects a date such as 2022-12-19 or a time such as 2022-12-19T10:00:00Z,"
                + " got '"
                + text
                + "'");
      }
    }
  }
}
