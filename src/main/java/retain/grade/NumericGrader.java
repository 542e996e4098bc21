package retain.grade;

import java.util.Optional;
import retain.deck.NumericCard;
import retain.deck.Tolerance;

/** Grades a number against the card's answer and tolerance (design §2, {@code numeric}). */
final class NumericGrader {

  private NumericGrader() {}

  static Verdict grade(NumericCard card, String text, String expected) {
    Optional<Figure> figure = Figure.read(text);
    Optional<NumberReading> reading =
        figure.flatMap(read -> NumberReading.parse(read.number(), Optional.empty()));
    if (reading.isEmpty()) {
      return Verdict.unreadable(
          expected, "not a number: " + Quote.student(text) + "; give a number such as 28");
    }
    if (!Units.agree(figure.get().unit(), card.unit())) {
      return Verdict.wrong(
          expected,
          card.unit()
              .map(unit -> "the answer is in " + Quote.flat(unit) + ": " + expected)
              .orElse("the answer is " + expected));
    }
    if (!figure.get().agreesWith(card.bound())) {
      return Verdict.wrong(expected, "the answer is " + expected);
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
