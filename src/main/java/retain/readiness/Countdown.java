package retain.readiness;

import java.time.Instant;
import java.util.Optional;
import retain.schedule.StudyDay;

/** The few words that remind a student of a coming exam: "exam in 9 days". */
public final class Countdown {

  private Countdown() {}

  /** The reminder at {@code now}, counted in study days; empty once the exam has begun. */
  public static Optional<String> text(Instant exam, Instant now, StudyDay day) {
    if (!now.isBefore(exam)) {
      return Optional.empty();
    }
    long days = day.dateOf(exam).toEpochDay() - day.dateOf(now).toEpochDay();
    return Optional.of(
        days == 0 ? "exam today" : days == 1 ? "exam tomorrow" : "exam in " + days + " days");
  }
}
