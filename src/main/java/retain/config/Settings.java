package retain.config;

import java.time.LocalTime;
import retain.schedule.FsrsParameters;
import retain.schedule.StudyLimits;

/**
 * What a user may set: the scheduler's parameters, the daily limits, and when a study day starts.
 */
public record Settings(FsrsParameters parameters, StudyLimits limits, LocalTime dayStartsAt) {

  /** Desired retention 0.9, steps 1m 10m / 10m, 20 new and 200 reviews a day, day at 04:00. */
  public static final Settings DEFAULTS =
      new Settings(
          FsrsParameters.defaults().withFuzz(true), StudyLimits.DEFAULTS, LocalTime.of(4, 0));
}
