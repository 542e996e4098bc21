package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retain.deck.Card;
import retain.deck.CardMeta;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
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
        .filter(item -> !(item.card() instanceof MatchCard))
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

  @Provide
  Arbitrary<String> awkward() {
    return Arbitraries.strings()
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
        .isEqualTo(Verdict.Kind.UNREADABLE);
  }

  @Property(tries = 200)
  void everyShortAnswerAndAlternativeIsRight(@ForAll("shortCards") ShortCard card) {
    assertRight(card, Response.text(card.answer()));
    card.accept().forEach(alternative -> assertRight(card, Response.text(alternative)));
  }

  @Property(tries = 200)
  void aShortAnswerIsRightWhateverItsCaseAccentsOrLeadingArticle(
      @ForAll("shortCards") ShortCard card,
      @ForAll("personFlags") boolean person,
      @ForAll("spellings") Function<String, String> spelling) {
    ShortCard asked =
        new ShortCard(card.meta(), "?", card.answer(), card.accept(), card.typos(), person);
    Verdict plain = Grader.grade(new Item(asked, 0), Response.text(card.answer()));
    Verdict respelled =
        Grader.grade(new Item(asked, 0), Response.text(spelling.apply(card.answer())));
    assertThat(respelled.kind()).isEqualTo(plain.kind());
    card.accept()
        .forEach(alternative -> assertRight(asked, Response.text(spelling.apply(alternative))));
  }

  @Provide
  Arbitrary<Boolean> personFlags() {
    return Arbitraries.of(true, false);
  }

  @Provide
  Arbitrary<Function<String, String>> spellings() {
    return Arbitraries.of(
        text -> text.toUpperCase(Locale.ROOT),
        text -> text.toLowerCase(Locale.ROOT),
        text -> "The " + text,
        text -> "an " + text,
        text -> Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", ""),
        text -> "  " + text + ". ");
  }

  @Property(tries = 200)
  void everyClozeBlankAndAlternativeIsRight(@ForAll("clozeCards") ClozeCard card) {
    for (Item item : card.items()) {
      ClozeCard.Blank blank = card.blanks().get(item.blank() - 1);
      assertRight(item, Response.text(blank.answer()), Presentation.DECK_ORDER);
      blank
          .accept()
          .forEach(
              alternative ->
                  assertRight(item, Response.text(alternative), Presentation.DECK_ORDER));
    }
  }

  @Property(tries = 200)
  void theRightChoiceIsRightByTextLetterAndNumber(
      @ForAll("choiceCards") ChoiceCard card, @ForAll long seed) {
    Presentation shown = Presentation.shuffled(card, new Random(seed));
    int position = shown.arrange(card.choices()).indexOf(card.answer());
    assertRight(card, Response.text(card.answer()));
    assertRight(card, new Response.Listed(List.of(card.answer())));
    // a choice that literally reads "10" or "b" is named by that text, not by the position (the
    // rule in docs/grading.md), so a position is only asserted where no choice reads like it
    for (String byPosition : List.of(Presentation.letter(position), String.valueOf(position + 1))) {
      if (card.choices().stream()
          .noneMatch(choice -> choice.strip().equalsIgnoreCase(byPosition))) {
        assertRight(new Item(card, 0), Response.text(byPosition), shown);
      }
    }
  }

  @Property(tries = 200)
  void aChoiceThatReadsLikeAPositionIsNamedByItsText(
      @ForAll("choiceCards") ChoiceCard card, @ForAll long seed) {
    Presentation shown = Presentation.shuffled(card, new Random(seed));
    for (String choice : card.choices()) {
      if (choice.strip().matches("[a-jA-J]|10|[1-9]")) {
        Verdict verdict = Grader.grade(new Item(card, 0), Response.text(choice), shown);
        assertThat(verdict.correct()).isEqualTo(choice.equals(card.answer()));
      }
    }
  }

  @Property(tries = 200)
  void theRightChoicesAreRightAsTextsListsAndLetters(
      @ForAll("multiCards") MultiCard card, @ForAll long seed) {
    Presentation shown = Presentation.shuffled(card, new Random(seed));
    List<String> arranged = shown.arrange(card.choices());
    String letters =
        card.answers().stream()
            .map(answer -> Presentation.letter(arranged.indexOf(answer)))
            .collect(Collectors.joining(" "));
    assertRight(card, new Response.Listed(card.answers()));
    assertRight(card, Response.text(String.join(", ", card.answers())));
    assertRight(new Item(card, 0), Response.text(letters), shown);
  }

  @Property(tries = 100)
  void theStatementsTruthIsRight(@ForAll boolean truth) {
    assertRight(
        new TrueFalseCard(SampleCards.META, "?", truth), Response.text(String.valueOf(truth)));
  }

  @Property(tries = 200)
  void theNumberIsRightPlainAndGrouped(@ForAll("numericCards") NumericCard card) {
    assertRight(card, Response.text(card.answer().toPlainString()));
    assertRight(card, Response.text(Expected.number(card.answer())));
    assertRight(card, Response.text(String.format(Locale.US, "%,.4f", card.answer())));
  }

  @Property(tries = 200)
  void theDateIsRightAsWrittenAndAsShown(@ForAll("dateCards") DateCard card) {
    assertRight(card, Response.text(card.answer().iso()));
    assertRight(card, Response.text(card.answer().display()));
  }

  @Property(tries = 200)
  void theOrderIsRightAsTextsAndAsShownLetters(
      @ForAll("orderCards") OrderCard card, @ForAll long seed) {
    Presentation shown = Presentation.shuffled(card, new Random(seed));
    List<String> arranged = shown.arrange(card.order());
    String letters =
        card.order().stream()
            .map(item -> Presentation.letter(arranged.indexOf(item)))
            .collect(Collectors.joining(" "));
    assertRight(card, new Response.Listed(card.order()));
    assertRight(new Item(card, 0), Response.text(letters), shown);
  }

  @Property(tries = 200)
  void thePairsAreRightAsAMappingAListAndShownLetters(
      @ForAll("matchCards") MatchCard card, @ForAll long seed) {
    Presentation shown = Presentation.shuffled(card, new Random(seed));
    List<MatchCard.Pair> pairs = card.pairs();
    List<String> rights = pairs.stream().map(MatchCard.Pair::right).toList();
    List<String> arranged = shown.arrange(rights);
    String numbered =
        IntStream.range(0, pairs.size())
            .mapToObj(i -> (i + 1) + Presentation.letter(arranged.indexOf(rights.get(i))))
            .collect(Collectors.joining(" "));
    Map<String, String> mapping = new LinkedHashMap<>();
    pairs.forEach(pair -> mapping.put(pair.left(), pair.right()));
    assertRight(card, new Response.Pairs(mapping));
    assertRight(card, new Response.Listed(rights));
    assertRight(new Item(card, 0), Response.text(numbered), shown);
  }

  @Provide
  Arbitrary<ShortCard> shortCards() {
    return GeneratedCards.shortCards();
  }

  @Provide
  Arbitrary<ClozeCard> clozeCards() {
    return GeneratedCards.clozeCards();
  }

  @Provide
  Arbitrary<ChoiceCard> choiceCards() {
    return GeneratedCards.choiceCards();
  }

  @Provide
  Arbitrary<MultiCard> multiCards() {
    return GeneratedCards.multiCards();
  }

  @Provide
  Arbitrary<NumericCard> numericCards() {
    return GeneratedCards.numericCards();
  }

  @Provide
  Arbitrary<DateCard> dateCards() {
    return GeneratedCards.dateCards();
  }

  @Provide
  Arbitrary<OrderCard> orderCards() {
    return GeneratedCards.orderCards();
  }

  @Provide
  Arbitrary<MatchCard> matchCards() {
    return GeneratedCards.matchCards();
  }

  private static void assertRight(Card card, Response response) {
    assertRight(new Item(card, 0), response, Presentation.DECK_ORDER);
  }

  private static void assertRight(Item item, Response response, Presentation shown) {
    Verdict verdict = Grader.grade(item, response, shown);
    assertThat(verdict.correct()).as("%s for %s of %s", verdict, response, item.card()).isTrue();
    assertThat(verdict.score()).isEqualTo(1.0);
  }
}
