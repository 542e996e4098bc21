package retain.exchange;

import java.math.BigDecimal;

/**
 * One answer of a Moodle question: its text, the share of the mark it earns (Moodle's fraction as a
 * percentage, negative for a penalty), and the feedback shown when it is picked.
 *
 * @param tolerance for a numerical answer, how far a response may be from it; zero otherwise
 */
record LmsAnswer(String text, BigDecimal percent, BigDecimal tolerance, String feedback) {

  static final BigDecimal FULL = BigDecimal.valueOf(100);

  /** A fully right answer without tolerance or feedback. */
  static LmsAnswer right(String text) {
    return new LmsAnswer(text, FULL, BigDecimal.ZERO, "");
  }

  /** A wrong answer without penalty or feedback. */
  static LmsAnswer wrong(String text) {
    return new LmsAnswer(text, BigDecimal.ZERO, BigDecimal.ZERO, "");
  }

  /** Whether the answer earns the full mark. */
  boolean isFull() {
    return percent.compareTo(FULL) >= 0;
  }
}
