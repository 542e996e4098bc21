package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.Item;
import retain.deck.TrueFalseCard;

class TrueFalseGraderTest {

  @ParameterizedTest(name = "{0} given ''{1}'': {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          true  | true  | true
          true  | TRUE  | true
          true  | t     | true
          true  | Yes   | true
          true  | y     | true
          true  | yes.  | true
          true  | false | false
          true  | f     | false
          true  | no    | false
          true  | N     | false
          true  | maybe | false
          true  | 1     | false
          false | no    | true
          false | n     | true
          false | False | true
          false | F     | true
          false | true  | false
          false | y     | false
          """)
  void statementsAreAnsweredInAnyOfEightWords(boolean answer, String response, boolean correct) {
    Verdict verdict = grade(answer, response);
    check(verdict, correct, correct ? "1" : "0", correct ? Verdict.Kind.EXACT : Verdict.Kind.WRONG);
  }

  @Test
  void anythingElseIsWrongWithAHint() {
    assertThat(grade(true, "perhaps").feedback())
        .isEqualTo("answer true or false, not perhaps; the statement is true");
    assertThat(grade(true, "no").feedback()).isEqualTo("the statement is true");
  }

  private static Verdict grade(boolean answer, String response) {
    return Grader.grade(
        new Item(new TrueFalseCard(SampleCards.META, "?", answer), 0), Response.text(response));
  }
}
