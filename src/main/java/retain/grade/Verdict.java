package retain.grade;

import java.util.Set;

/**
 * How one response to one item was judged.
 *
 * @param correct whether the response counts as right; exactly when {@code score} is 1
 * @param score credit from 0 to 1; between the two only for a {@link Kind#PARTIAL} verdict
 * @param kind how the response was judged
 * @param expected the right answer as a student should see it, such as {@code 19 December 2022}
 * @param feedback one line that says what was accepted or what was wrong
 */
public record Verdict(boolean correct, double score, Kind kind, String expected, String feedback) {

  /** How a response was judged. */
  public enum Kind {
    /** The answer itself, in any notation the card's rules accept. */
    EXACT,
    /** Something else the card accepts: an {@code accept} entry, or a number within tolerance. */
    ACCEPTED_ALTERNATIVE,
    /** Close enough to the answer to count, with the exact spelling shown. */
    TYPO_TOLERATED,
    /** Partly right: some credit, not correct. */
    PARTIAL,
    /** Not right, and no credit. */
    WRONG,
    /** No answer was given. */
    BLANK,
    /**
     * An answer that cannot be read as the card's kind (a date card answered {@code Lukashenko}):
     * no credit; study and quiz ask again instead of recording it (issue 12), an exam counts it
     * wrong.
     */
    UNREADABLE
  }

  private static final Set<Kind> RIGHT =
      Set.of(Kind.EXACT, Kind.ACCEPTED_ALTERNATIVE, Kind.TYPO_TOLERATED);

  public Verdict {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    if (correct != RIGHT.contains(kind)) {
      throw new IllegalArgumentException(
          "a verdict of kind " + kind + " cannot be correct=" + correct);
    }
    boolean fitsKind =
        switch (kind) {
          case EXACT, ACCEPTED_ALTERNATIVE, TYPO_TOLERATED -> score == 1;
          case PARTIAL -> score > 0 && score < 1;
          case WRONG, BLANK, UNREADABLE -> score == 0;
        };
    if (!fitsKind) {
      throw new IllegalArgumentException("a verdict of kind " + kind + " cannot score " + score);
    }
    if (feedback.indexOf('\n') >= 0 || feedback.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("feedback must be one line: '" + feedback + "'");
    }
  }

  /** A right answer of the given kind, with full credit. */
  static Verdict right(Kind kind, String expected, String feedback) {
    return new Verdict(true, 1, kind, expected, feedback);
  }

  /** Some credit: {@link Kind#PARTIAL} when the score is strictly between 0 and 1. */
  static Verdict credit(double score, String expected, String feedback) {
    if (score >= 1) {
      return right(Kind.EXACT, expected, feedback);
    }
    return score > 0
        ? new Verdict(false, score, Kind.PARTIAL, expected, feedback)
        : wrong(expected, feedback);
  }

  /** A wrong answer: no credit. */
  static Verdict wrong(String expected, String feedback) {
    return new Verdict(false, 0, Kind.WRONG, expected, feedback);
  }

  /** An answer that is not of the card's kind, with a hint of the form it wants. */
  static Verdict unreadable(String expected, String feedback) {
    return new Verdict(false, 0, Kind.UNREADABLE, expected, feedback);
  }

  /** No answer. */
  static Verdict blank(String expected) {
    return new Verdict(false, 0, Kind.BLANK, expected, "no answer; the answer is " + expected);
  }
}
