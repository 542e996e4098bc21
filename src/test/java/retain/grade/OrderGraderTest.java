package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.Item;
import retain.deck.OrderCard;

class OrderGraderTest {

  private static final OrderCard STEPS =
      SampleCards.order("Union Treaty|Union State|Joint exercises|Parliamentary Assembly");

  @ParameterizedTest(name = "shown {0}, given ''{1}'': {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''      | a b c d   | true  | 1   | EXACT
          ''      | abcd      | true  | 1   | EXACT
          ''      | A B C D   | true  | 1   | EXACT
          ''      | 1 2 3 4   | true  | 1   | EXACT
          ''      | a, b, c, d | true | 1   | EXACT
          ''      | a > b > c > d | true | 1 | EXACT
          ''      | b a c d   | false | 5/6 | PARTIAL
          ''      | a b d c   | false | 5/6 | PARTIAL
          ''      | b c d a   | false | 3/6 | PARTIAL
          ''      | d c b a   | false | 0   | WRONG
          ''      | a b c     | false | 3/6 | PARTIAL
          ''      | a         | false | 0   | WRONG
          ''      | a b c d a | false | 6/7 | PARTIAL
          ''      | a b c d x | false | 6/7 | PARTIAL
          2,0,3,1 | b d a c   | true  | 1   | EXACT
          2,0,3,1 | a b c d   | false | 3/6 | PARTIAL
          """)
  void sequencesScoreTheShareOfPairsInOrder(
      String shown, String response, boolean correct, String score, Verdict.Kind kind) {
    Verdict verdict =
        Grader.grade(new Item(STEPS, 0), Response.text(response), SampleCards.shown(shown));
    check(verdict, correct, score, kind);
  }

  @Test
  void answersFilesGiveTheItemTextsInOrder() {
    Verdict listed =
        Grader.grade(
            new Item(STEPS, 0),
            new Response.Listed(
                List.of(
                    "Union Treaty", "union state", "Joint exercises", "Parliamentary Assembly")));
    check(listed, true, "1", Verdict.Kind.EXACT);
    Verdict typed =
        Grader.grade(
            new Item(STEPS, 0),
            Response.text("Union State, Union Treaty, Joint exercises, Parliamentary Assembly"));
    check(typed, false, "5/6", Verdict.Kind.PARTIAL);
  }

  @Test
  void feedbackCountsPlacesAndPairs() {
    assertThat(Grader.grade(new Item(STEPS, 0), Response.text("b a c d")).feedback())
        .isEqualTo("2 of 4 in the right place, 5 of 6 pairs in order; the order is a b c d");
    assertThat(Grader.grade(new Item(STEPS, 0), Response.text("a b c")).feedback())
        .isEqualTo(
            "3 of 4 in the right place, 3 of 6 pairs in order; 1 missing; the order is a b c d");
  }

  @Test
  void expectedListsTheItemsNumbered() {
    assertThat(Grader.grade(new Item(STEPS, 0), Response.text("a")).expected())
        .isEqualTo(
            "1. Union Treaty; 2. Union State; 3. Joint exercises; 4. Parliamentary Assembly");
  }
}
