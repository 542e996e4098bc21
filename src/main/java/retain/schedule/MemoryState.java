package retain.schedule;

/**
 * What FSRS knows of a memory: stability S in days and difficulty D (fsrs-spec §3, §4).
 *
 * @param stability S; 0 with difficulty 0 means the card was never reviewed
 * @param difficulty D, between 1 and 10 once reviewed
 */
public record MemoryState(double stability, double difficulty) {

  /** The state of a card never reviewed: S = 0 and D = 0 (fsrs-spec §3). */
  public static final MemoryState NONE = new MemoryState(0, 0);

  public MemoryState {
    if (!(stability >= 0) || Double.isInfinite(stability)) {
      throw new IllegalArgumentException("stability must be finite and >= 0, got " + stability);
    }
    if (!(difficulty >= 0) || Double.isInfinite(difficulty)) {
      throw new IllegalArgumentException("difficulty must be finite and >= 0, got " + difficulty);
    }
  }

  /** Whether this is the state of a card never reviewed, which takes the first-review path. */
  public boolean isNone() {
    return stability == 0 && difficulty == 0;
  }
}
