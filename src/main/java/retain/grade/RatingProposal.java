package retain.grade;

import retain.schedule.Rating;

/**
 * The FSRS rating a verdict suggests (design §4). Easy is never proposed: only the student can say
 * an answer was easy.
 */
public final class RatingProposal {

  private RatingProposal() {}

  /**
   * Again for a wrong or blank answer; Hard for a partly right one, a right one after a hint, or a
   * right one with a typo; Good otherwise.
   */
  public static Rating propose(Verdict verdict, boolean hintUsed) {
    if (verdict.correct()) {
      return hintUsed || verdict.kind() == Verdict.Kind.TYPO_TOLERATED ? Rating.HARD : Rating.GOOD;
    }
    return verdict.kind() == Verdict.Kind.PARTIAL ? Rating.HARD : Rating.AGAIN;
  }
}
