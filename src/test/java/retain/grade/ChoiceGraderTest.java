package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.ChoiceCard;
import retain.deck.Item;

class ChoiceGraderTest {

  private static final ChoiceCard PM =
      SampleCards.choice("Lukashenko|Putin|Medvedev|Mishustin", "Mishustin");

  @ParameterizedTest(name = "shown {0}, given ''{1}'': {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''      | d          | true  | 1 | EXACT
          ''      | D          | true  | 1 | EXACT
          ''      | d)         | true  | 1 | EXACT
          ''      | (d)        | true  | 1 | EXACT
          ''      | 4          | true  | 1 | EXACT
          ''      | mishustin  | true  | 1 | EXACT
          ''      | Mishustn   | true  | 1 | TYPO_TOLERATED
          ''      | a          | false | 0 | WRONG
          ''      | 1          | false | 0 | WRONG
          ''      | 5          | false | 0 | WRONG
          ''      | e          | false | 0 | WRONG
          ''      | Lukashenko | false | 0 | WRONG
          ''      | dd         | false | 0 | WRONG
          3,2,1,0 | a          | true  | 1 | EXACT
          3,2,1,0 | 1          | true  | 1 | EXACT
          3,2,1,0 | d          | false | 0 | WRONG
          3,2,1,0 | Mishustin  | true  | 1 | EXACT
          """)
  void choicesByLetterNumberOrText(
      String shown, String response, boolean correct, String score, Verdict.Kind kind) {
    Verdict verdict =
        Grader.grade(new Item(PM, 0), Response.text(response), SampleCards.shown(shown));
    check(verdict, correct, score, kind);
  }

  @Test
  void aChoiceThatReadsLikeALetterIsTakenAsText() {
    ChoiceCard article = SampleCards.choice("a|an|the", "an");
    check(Grader.grade(new Item(article, 0), Response.text("a")), false, "0", Verdict.Kind.WRONG);
    check(Grader.grade(new Item(article, 0), Response.text("b")), true, "1", Verdict.Kind.EXACT);
  }

  @Test
  void aTypoCloseToTwoChoicesPicksNeither() {
    ChoiceCard close = SampleCards.choice("Ostrava|Ostrawa|Opava", "Ostrava");
    check(
        Grader.grade(new Item(close, 0), Response.text("Ostrbva")),
        true,
        "1",
        Verdict.Kind.TYPO_TOLERATED);
    Verdict between = Grader.grade(new Item(close, 0), Response.text("Ostraxa"));
    check(between, false, "0", Verdict.Kind.WRONG);
    assertThat(between.feedback())
        .isEqualTo("not one of the choices: Ostraxa; the answer is Ostrava");
  }

  @Test
  void aListOfOneIsOneAnswerAndALongerListIsNone() {
    check(
        Grader.grade(new Item(PM, 0), new Response.Listed(List.of("d"))),
        true,
        "1",
        Verdict.Kind.EXACT);
    Verdict two = Grader.grade(new Item(PM, 0), new Response.Listed(List.of("c", "d")));
    check(two, false, "0", Verdict.Kind.WRONG);
    assertThat(two.feedback()).isEqualTo("expected one answer; the answer is Mishustin");
  }

  @Test
  void feedbackNamesThePickAndTheAnswerByTheirShownLetters() {
    Verdict verdict =
        Grader.grade(new Item(PM, 0), Response.text("d"), SampleCards.shown("3,2,1,0"));
    assertThat(verdict.feedback()).isEqualTo("picked d (Lukashenko); the answer is a (Mishustin)");
  }
}
