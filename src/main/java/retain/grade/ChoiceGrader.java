package retain.grade;

import java.util.Optional;
import retain.deck.ChoiceCard;
import retain.grade.ShownList.Pick;

/** Grades one pick among choices, by letter or number as shown, or by text (design §2). */
final class ChoiceGrader {

  private ChoiceGrader() {}

  static Verdict grade(ChoiceCard card, String text, Presentation presentation, String expected) {
    ShownList options = new ShownList(card.choices(), presentation, true, true);
    Optional<Pick> pick = options.resolve(text);
    if (pick.isEmpty()) {
      return Verdict.wrong(
          expected,
          "not one of the choices: " + Quote.student(text) + "; the answer is " + expected);
    }
    int index = pick.get().index();
    if (card.choices().get(index).equals(card.answer())) {
      return pick.get().typo()
          ? Verdict.right(
              Verdict.Kind.TYPO_TOLERATED, expected, "accepted with a typo: " + expected)
          : Verdict.right(Verdict.Kind.EXACT, expected, "correct");
    }
    int answer = card.choices().indexOf(card.answer());
    return Verdict.wrong(
        expected,
        "picked "
            + options.letterOf(index)
            + " ("
            + Quote.flat(options.text(index))
            + "); the answer is "
            + options.letterOf(answer)
            + " ("
            + expected
            + ")");
  }
}
