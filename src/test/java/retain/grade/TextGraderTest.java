package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.grade.SampleCards.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.CardMeta;
import retain.deck.ClozeCard;
import retain.deck.Item;

class TextGraderTest {

  @ParameterizedTest(name = "{0} (accept {1}, typos {2}) given ''{3}'': {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lukashenko      | ''         | true  | Lukashenko          | true  | 1 | EXACT
          Lukashenko      | ''         | true  | lukashenko          | true  | 1 | EXACT
          Lukashenko      | ''         | true  | '  LUKASHENKO  '    | true  | 1 | EXACT
          Lukashenko      | ''         | true  | Lukashenko.         | true  | 1 | EXACT
          Lukashenko      | ''         | true  | '"Lukashenko"?'     | true  | 1 | EXACT
          Lukashenko      | Lukashenkq | true  | lukashenkq          | true  | 1 | ACCEPTED_ALTERNATIVE
          Lukashenko      | ''         | true  | Lukashenka          | true  | 1 | EXACT
          Lukashenko      | ''         | true  | Lukahsenko          | true  | 1 | TYPO_TOLERATED
          Lukashenko      | ''         | true  | Lukshnko            | true  | 1 | TYPO_TOLERATED
          Lukashenko      | ''         | true  | Lkshnko             | false | 0 | WRONG
          Lukashenko      | ''         | false | Lukashenka          | true  | 1 | EXACT
          Lukashenko      | ''         | false | Lukahsenko          | false | 0 | WRONG
          Lukashenko      | ''         | false | LUKASHENKO          | true  | 1 | EXACT
          Minsk           | ''         | true  | Minks               | true  | 1 | TYPO_TOLERATED
          Minsk           | ''         | true  | Misk                | true  | 1 | TYPO_TOLERATED
          Minsk           | ''         | true  | Min sk              | true  | 1 | TYPO_TOLERATED
          Minsk           | ''         | true  | Mnk                 | false | 0 | WRONG
          Kyiv            | ''         | true  | Kiev                | false | 0 | WRONG
          Kyiv            | Kiev       | true  | KIEV                | true  | 1 | ACCEPTED_ALTERNATIVE
          Kyiv            | ''         | true  | Kyiw                | false | 0 | WRONG
          Resolution 2759 | ''         | true  | Resolution 2758     | false | 0 | WRONG
          Resolution 2759 | ''         | true  | Resolutoin 2759     | true  | 1 | TYPO_TOLERATED
          Resolution 2759 | ''         | true  | resolution   2759   | true  | 1 | EXACT
          Resolution 2759 | ''         | true  | Resolution 27590    | false | 0 | WRONG
          Zapad-2021      | ''         | true  | Zapad-2022          | false | 0 | WRONG
          Zapad-2021      | ''         | true  | Zapda-2021          | true  | 1 | TYPO_TOLERATED
          Zapad-2021      | ''         | true  | Zapad2021           | true  | 1 | EXACT
          Union State     | ''         | true  | union   state       | true  | 1 | EXACT
          Union State     | ''         | true  | Unoin Stat          | true  | 1 | TYPO_TOLERATED
          Union State     | ''         | true  | Onion Stale Co      | false | 0 | WRONG
          São Paulo       | ''         | true  | sao paulo           | true  | 1 | EXACT
          Łukaszenka      | ''         | true  | lukaszenka          | true  | 1 | EXACT
          Crème brûlée    | ''         | true  | CREME BRULEE        | true  | 1 | EXACT
          Straße          | ''         | true  | strasse             | true  | 1 | EXACT
          Putin’s visit   | ''         | true  | putin's visit       | true  | 1 | EXACT
          Minsk           | ''         | true  | Ｍｉｎｓｋ          | true  | 1 | EXACT
          ABC             | ''         | true  | abd                 | false | 0 | WRONG
          no              | ''         | true  | No                  | true  | 1 | EXACT
          1997            | ''         | true  | 1998                | false | 0 | WRONG
          """)
  void shortAnswers(
      String answer,
      String accept,
      boolean typos,
      String response,
      boolean correct,
      String score,
      Verdict.Kind kind) {
    Verdict verdict =
        Grader.grade(
            new Item(SampleCards.shortCard(answer, accept, typos), 0), Response.text(response));
    check(verdict, correct, score, kind);
  }

  @ParameterizedTest(name = "blank {0} given ''{1}'': {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 | minsk          | true  | 1 | EXACT
          1 | Moscow         | false | 0 | WRONG
          1 | Misnk          | true  | 1 | TYPO_TOLERATED
          2 | 19 December    | true  | 1 | EXACT
          2 | December 19    | true  | 1 | ACCEPTED_ALTERNATIVE
          2 | 19 Decmber     | true  | 1 | TYPO_TOLERATED
          2 | 18 December    | false | 0 | WRONG
          """)
  void clozeBlanksUseTheTextRulesWithTheirAlternatives(
      int blank, String response, boolean correct, String score, Verdict.Kind kind) {
    ClozeCard card =
        new ClozeCard(
            CardMeta.of("visit"),
            "Putin visited {{Minsk}} on {{19 December|December 19}} 2022.",
            true);
    check(Grader.grade(new Item(card, blank), Response.text(response)), correct, score, kind);
  }

  @Test
  void feedbackShowsTheExactSpellingOfATypo() {
    Verdict verdict = grade("Lukashenko", "", true, "Lukahsenko");
    assertThat(verdict.feedback()).isEqualTo("accepted with a typo: Lukashenko");
    assertThat(verdict.expected()).isEqualTo("Lukashenko");
  }

  @Test
  void feedbackNamesTheAlternativeThatWasAccepted() {
    assertThat(grade("Lukashenko", "Lukashenkq", true, "lukashenkq").feedback())
        .isEqualTo("accepted Lukashenkq, also written Lukashenko");
  }

  @Test
  void feedbackExplainsThatNumbersMustBeExact() {
    assertThat(grade("Resolution 2759", "", true, "Resolution 2758").feedback())
        .isEqualTo("numbers must be exact: the answer is Resolution 2759");
  }

  @Test
  void feedbackExplainsThatTheCardWantsTheExactSpelling() {
    assertThat(grade("Lukashenko", "", false, "Lukahsenko").feedback())
        .isEqualTo("close, but this card wants the exact spelling: Lukashenko");
  }

  @Test
  void aWrongAnswerIsToldTheAnswer() {
    assertThat(grade("Minsk", "", true, "Moscow").feedback()).isEqualTo("the answer is Minsk");
  }

  @Test
  void theAnswerWinsATieBetweenTargetsWithinTolerance() {
    Verdict verdict = grade("Grodno", "Hrodna", true, "Hrodno");
    check(verdict, true, "1", Verdict.Kind.TYPO_TOLERATED);
    assertThat(verdict.feedback()).isEqualTo("accepted with a typo: Grodno");
  }

  private static Verdict grade(String answer, String accept, boolean typos, String response) {
    return Grader.grade(
        new Item(SampleCards.shortCard(answer, accept, typos), 0), Response.text(response));
  }
}
