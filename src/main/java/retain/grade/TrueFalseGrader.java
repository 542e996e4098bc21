package retain.grade;

import java.util.Set;
import retain.deck.TrueFalseCard;

/** Grades a true-or-false statement: true/false/t/f/yes/no/y/n in any case (design §2). */
final class TrueFalseGrader {
  private static final Set<String> TRUE = Set.of("true", "t", "yes", "y");
  private static final Set<String> FALSE = Set.of("false", "f", "no", "n");

  private TrueFalseGrader() {}

  static Verdict grade(TrueFalseCard card, String text, String expected) {
    String given = TextNormalizer.normalize(text);
    if (!TRUE.contains(given) && !FALSE.contains(given)) {
      return Verdict.wrong(
          expected,
          "answer true or false, not " + Quote.student(text) + "; the statement is " + expected);
    }
    return TRUE.contains(given) == card.answer()
        ? Verdict.right(Verdict.Kind.EXACT, expected, "correct")
        : Verdict.wrong(expected, "the statement is " + expected);
  }
}
