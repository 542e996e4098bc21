package retain.stats;

import java.time.Instant;
import retain.store.Mode;

/** The score of one finished or running quiz or exam, for the trend. */
public record ScorePoint(long session, String deck, Mode mode, Instant started, double percent) {

  /** Checks that the percentage is between 0 and 100. */
  public ScorePoint {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("a score is 0 to 100 percent: " + percent);
    }
  }
}
