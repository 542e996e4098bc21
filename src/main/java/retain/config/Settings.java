package retain.config;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import retain.schedule.FsrsParameters;
import retain.schedule.StudyLimits;

/**
 * What a user may set: the scheduler's parameters, the daily limits, when a study day starts, and
 * the date of an exam that study aims at (docs/readiness.md).
 */
public record Settings(
    FsrsParameters parameters,
    StudyLimits limits,
    LocalTime dayStartsAt,
    Optional<LocalDate> exam) {

  /**
   * Desired retention 0.9, steps 1m 10m / 10m, 20 new and 200 reviews a day, day at 04:00, no exam.
   */
  public static final Settings DEFAULTS =
      new Settings(
          FsrsParameters.defaults().withFuzz(true),
          StudyLimits.DEFAULTS,
          LocalTime.of(4, 0),
          Optional.empty());
}
