package retain.grade;

import java.util.Optional;
import retain.deck.DateCard;
import retain.deck.PartialDate;
import retain.deck.PartialDate.Precision;

/**
 * Grades a date to the card's precision (design §2, {@code date}): an answer less precise than the
 * card's is wrong, a more precise one is right when it falls within the answer.
 */
final class DateGrader {

  private DateGrader() {}

  static Verdict grade(DateCard card, String text, String expected) {
    Optional<DateReading> reading = DateReading.parse(text);
    if (reading.isEmpty()) {
      return Verdict.unreadable(
          expected,
          "not a date: " + Quote.student(text) + "; give a date such as 19 December 2022");
    }
    PartialDate given = reading.get().date();
    String read = reading.get().note().map(note -> note + "; ").orElse("");
    PartialDate answer = card.answer();
    if (given.precision().compareTo(answer.precision()) < 0) {
      return Verdict.wrong(
          expected,
          read
              + "more precision needed: give the "
              + unit(answer.precision())
              + "; the answer is "
              + expected);
    }
    if (answer.contains(given)) {
      return Verdict.right(Verdict.Kind.EXACT, expected, reading.get().note().orElse("correct"));
    }
    return Verdict.wrong(expected, read + "the answer is " + expected);
  }

  private static String unit(Precision precision) {
    return precision == Precision.DAY ? "day" : "month";
  }
}
