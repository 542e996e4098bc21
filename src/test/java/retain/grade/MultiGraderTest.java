package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.Item;
import retain.deck.MultiCard;

class MultiGraderTest {

  private static final MultiCard SPHERES =
      SampleCards.multi("industry|transport|energy|agriculture", "industry|transport");
  private static final MultiCard THREE =
      SampleCards.multi(
          "industry|transport|energy|agriculture|banking", "industry|transport|energy");

  @ParameterizedTest(name = "given ''{0}'': {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a b                 | true  | 1   | EXACT
          b a                 | true  | 1   | EXACT
          a, b                | true  | 1   | EXACT
          1,2                 | true  | 1   | EXACT
          1 2                 | true  | 1   | EXACT
          ab                  | true  | 1   | EXACT
          A; B                | true  | 1   | EXACT
          industry, transport | true  | 1   | EXACT
          transport; Industry | true  | 1   | EXACT
          industry transport  | true  | 1   | EXACT
          industy, transport  | true  | 1   | TYPO_TOLERATED
          a                   | false | 1/2 | PARTIAL
          a a                 | false | 1/2 | PARTIAL
          a b c               | false | 1/2 | PARTIAL
          a c                 | false | 0   | WRONG
          c d                 | false | 0   | WRONG
          a b c d             | false | 0   | WRONG
          industry, mining    | false | 0   | WRONG
          e                   | false | 0   | WRONG
          """)
  void picksWithPartialCredit(String response, boolean correct, String score, Verdict.Kind kind) {
    check(Grader.grade(new Item(SPHERES, 0), Response.text(response)), correct, score, kind);
  }

  private static final MultiCard COMMAS =
      SampleCards.multi(
          "Support exiles, media included|Future aid|Sanctions, then talks",
          "Support exiles, media" + " included|Future aid");

  @ParameterizedTest(name = "choices with commas, given ''{0}'': {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'Support exiles, media included, Future aid'  | true  | 1   | EXACT
          'future aid; support exiles, media included'  | true  | 1   | EXACT
          a, b                                          | true  | 1   | EXACT
          'Future aid, Sanctions, then talks'           | false | 0   | WRONG
          'Support exiles, Future aid'                  | true  | 1   | EXACT
          'Exiles abroad, Future aid'                   | false | 0   | WRONG
          """)
  void aChoiceTypedInFullKeepsItsOwnCommas(
      String response, boolean correct, String score, Verdict.Kind kind) {
    check(Grader.grade(new Item(COMMAS, 0), Response.text(response)), correct, score, kind);
  }

  @ParameterizedTest(name = "three right, given ''{0}'': {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a b c   | true  | 1   | EXACT
          a b     | false | 2/3 | PARTIAL
          a b d   | false | 1/3 | PARTIAL
          c       | false | 1/3 | PARTIAL
          a b c e | false | 2/3 | PARTIAL
          """)
  void creditIsRightMinusWrongOverTheNumberRight(
      String response, boolean correct, String score, Verdict.Kind kind) {
    check(Grader.grade(new Item(THREE, 0), Response.text(response)), correct, score, kind);
  }

  @Test
  void listsFromAnswersFilesNameChoicesByTextOrLetter() {
    check(
        grade(new Response.Listed(List.of("industry", "transport"))),
        true,
        "1",
        Verdict.Kind.EXACT);
    check(grade(new Response.Listed(List.of("a", "B"))), true, "1", Verdict.Kind.EXACT);
    check(grade(new Response.Listed(List.of("energy"))), false, "0", Verdict.Kind.WRONG);
  }

  @Test
  void lettersReferToTheShownOrder() {
    Verdict verdict =
        Grader.grade(new Item(SPHERES, 0), Response.text("c d"), SampleCards.shown("3,2,1,0"));
    check(verdict, true, "1", Verdict.Kind.EXACT);
  }

  @Test
  void feedbackSaysWhatWasRightMissedAndWronglyPicked() {
    assertThat(Grader.grade(new Item(THREE, 0), Response.text("a b")).feedback())
        .isEqualTo("got a, b; missed c");
    assertThat(Grader.grade(new Item(SPHERES, 0), Response.text("b, d, mining")).feedback())
        .isEqualTo("got b; missed a; not d; not a choice: mining");
  }

  @Test
  void feedbackNamesTheLettersAsShownNotTheDecksOrder() {
    Verdict verdict =
        Grader.grade(new Item(SPHERES, 0), Response.text("a c"), SampleCards.shown("3,2,1,0"));
    // "a c" picked the deck's fourth and second choices, shown at a and c
    assertThat(verdict.feedback()).isEqualTo("got c; missed d; not a");
  }

  private static Verdict grade(Response response) {
    return Grader.grade(new Item(SPHERES, 0), response);
  }
}
