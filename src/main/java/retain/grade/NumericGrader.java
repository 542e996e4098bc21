package retain.grade;

import java.util.Optional;
import retain.deck.NumericCard;
import retain.deck.Tolerance;

/** Grades a number against the card's answer and tolerance (design §2, {@code numeric}). */
final class NumericGrader {

  private NumericGrader() {}

  static Verdict grade(NumericCard card, String text, String expected) {
    Optional<NumberReading> reading = NumberReading.parse(text, card.unit());
    if (reading.isEmpty()) {
      return Verdict.wrong(
          expected, "not a number: " + Quote.student(text) + "; the answer is " + expected);
    }
    String read =
        reading.get().commaRead()
            ? "read "
                + Quote.student(text.strip())
                + " as "
                + Expected.number(reading.get().value())
                + "; "
            : "";
    if (card.answer().compareTo(reading.get().value()) == 0) {
      return Verdict.right(Verdict.Kind.EXACT, expected, read + "correct");
    }
    if (card.tolerance().accepts(card.answer(), reading.get().value())) {
      return Verdict.right(
          Verdict.Kind.ACCEPTED_ALTERNATIVE,
          expected,
          read + "within " + describe(card.tolerance()) + " of " + expected);
    }
    return Verdict.wrong(expected, read + "the answer is " + expected);
  }

  private static String describe(Tolerance tolerance) {
    if (tolerance instanceof Tolerance.Relative relative) {
      return Expected.number(relative.percent()) + "%";
    }
    return Expected.number(((Tolerance.Absolute) tolerance).amount());
  }
}
