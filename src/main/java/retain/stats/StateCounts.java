package retain.stats;

/**
 * Items by where they stand, as Anki counts them.
 *
 * @param fresh never studied
 * @param learning on a learning or relearning step
 * @param young in review with an interval under {@link #MATURE_DAYS} days
 * @param mature in review with an interval of {@link #MATURE_DAYS} days or more
 */
public record StateCounts(int fresh, int learning, int young, int mature) {

  /** Anki's threshold between young and mature cards, in days of interval. */
  public static final int MATURE_DAYS = 21;

  /** Checks that no count is negative. */
  public StateCounts {
    if (fresh < 0 || learning < 0 || young < 0 || mature < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + fresh + ", " + learning + ", " + young + ", " + mature);
    }
  }

  /** Every item counted. */
  public int total() {
    return fresh + learning + young + mature;
  }
}
