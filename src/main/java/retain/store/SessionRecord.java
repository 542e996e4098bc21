package retain.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored session with its running totals, recomputed from its reviews after every write.
 *
 * @param student who sat an exam; empty for study and quiz
 * @param ended empty while the session runs (or when it was killed)
 * @param answered reviews with a response
 * @param score the sum of the reviews' scores
 * @param max one point per review, unanswered exam items included
 */
public record SessionRecord(
    long id,
    String deck,
    Mode mode,
    Optional<String> student,
    Instant started,
    Optional<Instant> ended,
    int answered,
    int correct,
    double score,
    double max) {

  /** 100 × score / max; 0 when nothing was scored. */
  public double percent() {
    return max > 0 ? 100.0 * score / max : 0.0;
  }
}
