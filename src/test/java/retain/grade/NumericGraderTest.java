package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.Item;
import retain.deck.Tolerance;

class NumericGraderTest {

  @ParameterizedTest(name = "{0} {2} given ''{3}'': {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          128.5   | ''   | ''  | 128.5           | true  | EXACT
          128.5   | ''   | ''  | 128.50          | true  | EXACT
          128.5   | ''   | ''  | $128.50         | true  | EXACT
          128.5   | ''   | ''  | € 128.50        | true  | EXACT
          128.5   | ''   | ''  | 128,5           | true  | EXACT
          128.5   | ''   | ''  | 128,50          | true  | EXACT
          128.5   | ''   | ''  | 128.5.          | true  | EXACT
          128.5   | ''   | ''  | 128             | false | WRONG
          128.5   | ''   | ''  | about 128       | false | WRONG
          1000    | ''   | ''  | 1,000           | true  | EXACT
          1000    | ''   | ''  | 1 000           | true  | EXACT
          1000    | ''   | ''  | '1\u00A0000'       | true  | EXACT
          1000    | ''   | ''  | '1\u202F000'       | true  | EXACT
          1000    | ''   | ''  | 1000.00         | true  | EXACT
          1000    | ''   | ''  | '1,000.00'      | true  | EXACT
          1000    | ''   | ''  | '1.000,00'      | true  | EXACT
          1000    | ''   | ''  | 1'000           | true  | EXACT
          1000    | ''   | ''  | 1 thousand      | true  | EXACT
          1000    | ''   | ''  | £1,000          | true  | EXACT
          1000    | ''   | ''  | ₽1 000          | true  | EXACT
          1000    | ''   | ''  | 1,00            | false | WRONG
          1000000 | ''   | ''  | 1 000 000       | true  | EXACT
          1000000 | ''   | ''  | '1,000,000'     | true  | EXACT
          1000000 | ''   | ''  | 1.000.000       | true  | EXACT
          1000000 | ''   | ''  | 1 million       | true  | EXACT
          1500000 | ''   | ''  | 1,5 million     | true  | EXACT
          1000000 | ''   | ''  | 1,0000,000      | false | UNREADABLE
          1.5     | ''   | ''  | 1,5             | true  | EXACT
          1.5     | ''   | ''  | 1,500           | false | WRONG
          0.125   | ''   | ''  | 0,125           | true  | EXACT
          0.5     | ''   | ''  | .5              | true  | EXACT
          1234.5  | ''   | ''  | 1234,5          | true  | EXACT
          -40     | ''   | ''  | -40             | true  | EXACT
          -40     | ''   | ''  | −40             | true  | EXACT
          -40     | ''   | ''  | 40              | false | WRONG
          42      | ''   | km  | 42 km           | true  | EXACT
          42      | ''   | km  | 42km            | true  | EXACT
          42      | ''   | km  | 42 KM           | true  | EXACT
          42      | ''   | km  | 42              | true  | EXACT
          42      | ''   | km  | 42 miles        | false | WRONG
          128.5   | 0.5  | ''  | 128             | true  | ACCEPTED_ALTERNATIVE
          128.5   | 0.5  | ''  | 129             | true  | ACCEPTED_ALTERNATIVE
          128.5   | 0.5  | ''  | 127.9           | false | WRONG
          200     | 5%   | ''  | 210             | true  | ACCEPTED_ALTERNATIVE
          200     | 5%   | ''  | 190             | true  | ACCEPTED_ALTERNATIVE
          200     | 5%   | ''  | 211             | false | WRONG
          """)
  void numbersInTheNotationsPeopleType(
      String answer,
      String tolerance,
      String unit,
      String response,
      boolean correct,
      Verdict.Kind kind) {
    Verdict verdict = grade(answer, tolerance, unit, response);
    check(verdict, correct, correct ? "1" : "0", kind);
  }

  @Test
  void feedbackSaysHowACommaWasRead() {
    assertThat(grade("1.5", "", "", "1,500").feedback())
        .isEqualTo("read 1,500 as 1500; the answer is 1.5");
    assertThat(grade("128.5", "", "", "128,50").feedback())
        .isEqualTo("read 128,50 as 128.5; correct");
  }

  @Test
  void feedbackSaysAnAnswerWasWithinTolerance() {
    Verdict verdict = grade("42", "1", "km", "41.5 km");
    assertThat(verdict.expected()).isEqualTo("42 km");
    assertThat(verdict.feedback()).isEqualTo("within 1 of 42 km");
  }

  private static Verdict grade(String answer, String tolerance, String unit, String response) {
    Tolerance allowed =
        tolerance.isEmpty()
            ? Tolerance.EXACT
            : tolerance.endsWith("%")
                ? new Tolerance.Relative(
                    new BigDecimal(tolerance.substring(0, tolerance.length() - 1)))
                : new Tolerance.Absolute(new BigDecimal(tolerance));
    return Grader.grade(
        new Item(SampleCards.numeric(answer, allowed, unit.isEmpty() ? null : unit), 0),
        Response.text(response));
  }
}
