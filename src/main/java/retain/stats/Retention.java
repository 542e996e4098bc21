package retain.stats;

import java.util.OptionalDouble;

/**
 * True retention over a window, as Anki's statistics compute it: of the answers to items that were
 * in review before the answer, the share rated Hard or better. Answers on a learning or relearning
 * step are left out: they measure the steps, not memory.
 *
 * @param days the window: this study day and the {@code days - 1} before it
 * @param passed answers rated Hard, Good or Easy
 * @param answered all answers counted
 */
public record Retention(int days, int passed, int answered) {

  /** Checks that at most {@code answered} answers passed. */
  public Retention {
    if (days < 1 || passed < 0 || passed > answered) {
      throw new IllegalArgumentException(
          "a retention needs days >= 1 and 0 <= passed <= answered: "
              + days
              + ", "
              + passed
              + ", "
              + answered);
    }
  }

  /** passed / answered; empty when nothing was answered. */
  public OptionalDouble rate() {
    return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / answered);
  }
}
