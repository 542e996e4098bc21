package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retain.deck.Card;
import retain.deck.CardMeta;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Item;
import retain.deck.PartialDate;
import retain.deck.ShortCard;
import retain.deck.Tolerance;
import retain.deck.TrueFalseCard;

class GraderTest {

  /** One item of every kind. */
  static Stream<Item> everyKind() {
    List<Card> cards =
        List.of(
            new ShortCard(SampleCards.META, "?", "Lukashenko", List.of("Lukashenka"), true),
            SampleCards.choice("Lukashenko|Putin|Medvedev", "Putin"),
            SampleCards.multi("industry|transport|energy", "industry|transport"),
            new TrueFalseCard(SampleCards.META, "?", true),
            SampleCards.numeric("128.5", new Tolerance.Relative(BigDecimal.ONE), "km"),
            new DateCard(SampleCards.META, "?", PartialDate.parseIso("2022-12-19").orElseThrow()),
            new ClozeCard(CardMeta.of("cloze"), "Putin visited {{Minsk|Mensk}} in {{2022}}.", true),
            SampleCards.order("first|second|third"),
            SampleCards.match("Minsk=Belarus|Moscow=Russia|Kyiv=Ukraine"));
    return cards.stream().flatMap(card -> card.items().stream());
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void emptyWhitespaceAndBarePunctuationAreBlank(Item item) {
    for (Response response :
        List.of(
            Response.text(""),
            Response.text("   "),
            Response.text("\t\n\u00A0"),
            Response.text("..."),
            new Response.Listed(List.of()),
            new Response.Listed(List.of(" ", "")),
            new Response.Pairs(Map.of()))) {
      Verdict verdict = Grader.grade(item, response);
      assertThat(verdict.kind()).as("%s", response).isEqualTo(Verdict.Kind.BLANK);
      assertThat(verdict.score()).isZero();
      assertThat(verdict.feedback()).isEqualTo("no answer; the answer is " + verdict.expected());
    }
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void aMegabyteOfAnythingIsGradedWrong(Item item) {
    String repeated = "Lukashenko 1,000 a b ".repeat(50_000);
    String oneWord = "Lukashenko".repeat(100_000) + "a";
    String commas = "a,".repeat(500_000);
    for (String text : List.of(repeated, oneWord, commas)) {
      Verdict verdict = Grader.grade(item, Response.text(text));
      assertThat(verdict.correct()).isFalse();
      assertThat(verdict.feedback().length()).isLessThan(400);
    }
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void theUnansweredVerdictIsBlankWithTheAnswer(Item item) {
    Verdict verdict = Grader.unanswered(item);
    assertThat(verdict.kind()).isEqualTo(Verdict.Kind.BLANK);
    assertThat(verdict.expected()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void aPresentationOfTheWrongLengthIsAProgrammingError() {
    Item item = new Item(SampleCards.choice("a|b|c", "a"), 0);
    assertThatThrownBy(() -> Grader.grade(item, Response.text("a"), SampleCards.shown("1,0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a presentation of 2 elements does not fit a list of 3");
  }

  @Test
  void aMappingIsNoAnswerToAListOrASingleQuestion() {
    Response pairs = new Response.Pairs(Map.of("a", "b"));
    everyKind()
        .filter(item -> !(item.card() instanceof retain.deck.MatchCard))
        .forEach(
            item -> assertThat(Grader.grade(item, pairs).kind()).isEqualTo(Verdict.Kind.WRONG));
  }

  @Property(tries = 300)
  void noTypedTextMakesTheGraderThrow(@ForAll @StringLength(max = 60) String text) {
    everyKind()
        .forEach(
            item -> {
              assertThat(Grader.grade(item, Response.text(text))).isNotNull();
              assertThat(Grader.grade(item, new Response.Listed(List.of(text, text + "a"))))
                  .isNotNull();
              assertThat(Grader.grade(item, new Response.Pairs(Map.of(text, text, "1", text))))
                  .isNotNull();
            });
  }

  @Property(tries = 200)
  void noTextOfSurrogatesControlsAndMarksMakesTheGraderThrow(@ForAll("awkward") String text) {
    everyKind().forEach(item -> assertThat(Grader.grade(item, Response.text(text))).isNotNull());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> awkward() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars(
            "\uD83D\uDE00\uD800\uDC00\u0000\u0007\u001B\u0301\u0308\u200B\u202E\uFEFF ,;.-/>1a")
        .withCharRange('\uD800', '\uDFFF')
        .ofMaxLength(40);
  }

  @Test
  void loneSurrogatesAndInvisibleCharactersAreIgnoredAndControlsAreSpaces() {
    Item item = everyKind().findFirst().orElseThrow();
    assertThat(Grader.grade(item, Response.text("\u0000Luka\uD800shen\u200Bko\u0007")).kind())
        .isEqualTo(Verdict.Kind.EXACT);
    assertThat(Grader.grade(item, Response.text("Luka\u0000shenko")).kind())
        .isEqualTo(Verdict.Kind.TYPO_TOLERATED);
  }

  @Test
  void aDateWithAYearBeyondTheCalendarIsNotADate() {
    Item item =
        new Item(
            new DateCard(
                SampleCards.META,
                "?",
                new PartialDate(LocalDate.of(2022, 1, 1), PartialDate.Precision.YEAR)),
            0);
    assertThat(Grader.grade(item, Response.text("99999-99-99")).kind())
        .isEqualTo(Verdict.Kind.WRONG);
  }
}
