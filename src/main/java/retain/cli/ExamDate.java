package retain.cli;

import java.time.Instant;
import java.util.Optional;
import retain.config.Settings;
import retain.schedule.StudyDay;

/**
 * Reads an exam date: a date alone means the start of that study day (an exam on 21 December is not
 * helped by reviews in the small hours of the 21st before the day begins), a time with or without
 * an offset means that moment.
 */
final class ExamDate {

  private ExamDate() {}

  /**
   * The exam a command aims at: {@code option}'s value when given, else config.yaml's {@code exam}
   * date, else none.
   */
  static Optional<Instant> resolve(String given, Settings settings, StudyDay day) {
    if (given != null) {
      return Optional.of(parse("--exam", given, day));
    }
    return settings.exam().map(day::startOf);
  }

  /**
   * @throws BadInputException for anything else, naming {@code option}
   */
  static Instant parse(String option, String text, StudyDay day) {
    return Instants.parse(
        text,
        day,
        option + " expects a date such as 2026-12-21 or a time such as 2026-12-21T09:00");
  }
}
