package retain.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import retain.schedule.StudyDay;

/**
 * The one reader of times typed on the command line (--now, --since, --exam), so each accepts what
 * the others do: a time with an offset (2022-12-19T10:00:00Z) as itself, a local time
 * (2022-12-19T10:00) in the study day's zone, a date (2022-12-19) as the start of its study day.
 */
final class Instants {

  private Instants() {}

  /**
   * The instant {@code text} names, read against {@code day}.
   *
   * @param expects what the option takes, the start of the message when {@code text} is none
   * @throws BadInputException for anything else, quoting {@code text}
   */
  static Instant parse(String text, StudyDay day, String expects) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(day.zone()).toInstant();
      } catch (DateTimeParseException notLocal) {
        try {
          return day.startOf(LocalDate.parse(text));
        } catch (DateTimeParseException notDate) {
          throw new BadInputException(expects + ", got '" + text + "'");
        }
      }
    }
  }
}
