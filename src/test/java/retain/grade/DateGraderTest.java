package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retain.deck.DateCard;
import retain.deck.Item;
import retain.deck.PartialDate;

class DateGraderTest {

  @ParameterizedTest(name = "{0} given ''{1}'': {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2022-12-19 | 2022-12-19          | true
          2022-12-19 | 19 December 2022    | true
          2022-12-19 | 19 Dec 2022         | true
          2022-12-19 | 19 dec. 2022        | true
          2022-12-19 | Dec 19, 2022        | true
          2022-12-19 | December 19 2022    | true
          2022-12-19 | December 19th, 2022 | true
          2022-12-19 | 19th of December 2022 | true
          2022-12-19 | 19.12.2022          | true
          2022-12-19 | 19/12/2022          | true
          2022-12-19 | 19-12-2022          | true
          2022-12-19 | 2022/12/19          | true
          2022-12-19 | 12/19/2022          | true
          2022-12-19 | 19 décembre 2022    | true
          2022-12-19 | 19 Decmber 2022     | true
          2022-12-19 | 19 Jule 2022        | false
          2022-12-19 | December 2022       | false
          2022-12-19 | 2022                | false
          2022-12-19 | 20 December 2022    | false
          2022-12-19 | 19/12/22            | false
          2022-12-19 | 19 December         | false
          2022-12-19 | 31 November 2022    | false
          2022-12-19 | tomorrow            | false
          2022-12    | December 2022       | true
          2022-12    | Dec 2022            | true
          2022-12    | Sept 2022           | false
          2022-12    | 2022-12             | true
          2022-12    | 12/2022             | true
          2022-12    | 19 December 2022    | true
          2022-12    | 19.12.2022          | true
          2022-12    | 2022                | false
          2022-12    | November 2022       | false
          2022-12    | 1 November 2022     | false
          2022       | 2022                | true
          2022       | 19 Dec 2022         | true
          2022       | March 2022          | true
          2022       | 2023                | false
          2022       | December 2021       | false
          2022-01-02 | 2/1/2022            | true
          2022-01-02 | 01/02/2022          | false
          2022-09-01 | 1 Sept 2022         | true
          """)
  void datesInTheNotationsPeopleType(String answer, String response, boolean correct) {
    Verdict verdict = grade(answer, response);
    assertThat(verdict.correct()).as(verdict.feedback()).isEqualTo(correct);
    assertThat(verdict.kind()).isIn(correct ? RIGHT : NOT_RIGHT);
  }

  private static final Verdict.Kind[] RIGHT = {Verdict.Kind.EXACT};
  private static final Verdict.Kind[] NOT_RIGHT = {Verdict.Kind.WRONG, Verdict.Kind.UNREADABLE};

  @ParameterizedTest(name = "{0} is no date: asked again")
  @CsvSource({"tomorrow", "Lukashenko", "19 December", "19/12/22", "31 November 2022"})
  void whatIsNoDateIsUnreadableNotWrong(String response) {
    Verdict verdict = grade("2022-12-19", response);
    assertThat(verdict.kind()).isEqualTo(Verdict.Kind.UNREADABLE);
    assertThat(verdict.feedback())
        .isEqualTo("not a date: " + response + "; give a date such as 19 December 2022");
  }

  @Test
  void feedbackSaysHowASlashOrDotDateWasRead() {
    assertThat(grade("2022-12-19", "19/12/2022").feedback())
        .isEqualTo("read 19/12/2022 as 19 December 2022");
    assertThat(grade("2022-12-19", "12/19/2022").feedback())
        .isEqualTo("read 12/19/2022 as 19 December 2022 (month first)");
    assertThat(grade("2022-02-01", "02.01.2022").feedback())
        .isEqualTo("read 02.01.2022 as 2 January 2022; the answer is 1 February 2022");
  }

  @Test
  void feedbackAsksForMorePrecision() {
    Verdict verdict = grade("2022-12-19", "December 2022");
    assertThat(verdict.feedback())
        .isEqualTo("more precision needed: give the day; the answer is 19 December 2022");
    assertThat(grade("2022-12", "2022").feedback())
        .isEqualTo("more precision needed: give the month; the answer is December 2022");
  }

  @Test
  void aPlainDateNeedsNoReading() {
    Verdict verdict = grade("2022-12-19", "19 December 2022");
    assertThat(verdict.feedback()).isEqualTo("correct");
    assertThat(verdict.expected()).isEqualTo("19 December 2022");
  }

  private static Verdict grade(String answer, String response) {
    DateCard card = new DateCard(SampleCards.META, "?", PartialDate.parseIso(answer).orElseThrow());
    return Grader.grade(new Item(card, 0), Response.text(response));
  }
}
