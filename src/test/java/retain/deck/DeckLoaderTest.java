package retain.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import retain.yaml.Loaded;
import retain.yaml.Problem;
import retain.yaml.Problems;

class DeckLoaderTest {

  private static final Path EVERY_TYPE = Path.of("src/test/resources/decks/good/every-type.yaml");

  private static Deck everyType() throws IOException {
    Loaded<Deck> result = DeckLoader.load("every-type.yaml", Files.readAllBytes(EVERY_TYPE));
    assertThat(result.hasErrors()).as(result.problems().toString()).isFalse();
    return result.value().orElseThrow();
  }

  private static Loaded<Deck> load(String yaml) {
    return DeckLoader.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String deckWith(String card) {
    return "id: t\ntitle: T\ncards:\n" + card;
  }

  @Test
  void cardsAreStreamedOrKeptAliveTheSameWayWithTopicsDeclaredAfterThem() {
    String cards =
        "\n  - id: a\n    topic: misc\n    q: Which\n    a: A\n    explain: E\n"
            + "  - id: b\n    q: Who\n    a: B\n";
    String topics = "topics:\n  misc: Everything else\n";
    Loaded<Deck> streamed = load("id: t\ntitle: T\ncards:" + cards + topics);
    Loaded<Deck> anchored = load("id: t\ntitle: T\ncards: &all" + cards + topics);

    assertThat(streamed.value().orElseThrow().cards())
        .extracting(Card::id)
        .containsExactly("a", "b");
    assertThat(anchored.value()).isEqualTo(streamed.value());
    assertThat(anchored.problems()).isEqualTo(streamed.problems());
    assertThat(streamed.problems())
        .extracting(Problem::render)
        .containsExactly(
            "t.yaml:9:9: warning: card 'b' has no 'explain'; a sentence of context helps students"
                + " remember");
  }

  @Test
  void aSecondCardsListIsADuplicateKeyAndItsCardsAreNotRead() {
    Loaded<Deck> result =
        load(
            "id: t\ntitle: T\ncards:\n  - id: a\n    q: Which\n    a: A\n    explain: E\n"
                + "cards:\n  - id: b\n");

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly("t.yaml:8:1: error: duplicate key 'cards' (first at line 3)");
  }

  @Test
  void readsDeckHeaderAndTopicsInOrder() throws IOException {
    Deck deck = everyType();

    assertThat(deck.id()).isEqualTo("every-type");
    assertThat(deck.title()).isEqualTo("One card of every type");
    assertThat(deck.source()).contains("Test fixture");
    assertThat(deck.topics())
        .containsExactly(
            new Topic("dates", "When things happened"), new Topic("misc", "Everything else"));
  }

  @Test
  void readsShortCardWithAlternativesAndMeta() throws IOException {
    var card = (ShortCard) everyType().findCard("short-one").orElseThrow();

    assertThat(card.answer()).isEqualTo("Lukashenka");
    assertThat(card.accept()).containsExactly("Lukashenko");
    assertThat(card.typos()).isTrue();
    assertThat(card.meta().tags()).containsExactly("names", "people");
    assertThat(card.meta().hint()).contains("Since 1994.");
    assertThat(card.meta().ref()).contains("Introduction");
  }

  @Test
  void typosZeroTurnsToleranceOff() throws IOException {
    assertThat(((ShortCard) everyType().findCard("short-no-typos").orElseThrow()).typos())
        .isFalse();
  }

  @Test
  void readsEveryOtherType() throws IOException {
    Deck deck = everyType();

    assertThat(deck.findCard("choice-one").orElseThrow())
        .isEqualTo(
            new ChoiceCard(
                deck.findCard("choice-one").get().meta(),
                "Which city hosted the visit?",
                List.of("Minsk", "Moscow", "Kyiv"),
                "Minsk",
                false));
    assertThat(((MultiCard) deck.findCard("multi-one").orElseThrow()).answers())
        .containsExactly("industry", "transport", "energy");
    assertThat(((TrueFalseCard) deck.findCard("truefalse-one").orElseThrow()).answer()).isFalse();
    var numeric = (NumericCard) deck.findCard("numeric-one").orElseThrow();
    assertThat(numeric.answer()).isEqualByComparingTo("128.5");
    assertThat(numeric.tolerance()).isEqualTo(new Tolerance.Absolute(new BigDecimal("0.5")));
    assertThat(numeric.unit()).contains("USD");
    assertThat(((NumericCard) deck.findCard("numeric-relative").orElseThrow()).tolerance())
        .isEqualTo(new Tolerance.Relative(new BigDecimal("5")));
    assertThat(((DateCard) deck.findCard("date-one").orElseThrow()).answer())
        .isEqualTo(new PartialDate(LocalDate.of(2022, 12, 19), PartialDate.Precision.DAY));
    assertThat(((DateCard) deck.findCard("date-year").orElseThrow()).answer().precision())
        .isEqualTo(PartialDate.Precision.YEAR);
    assertThat(((OrderCard) deck.findCard("order-one").orElseThrow()).order())
        .containsExactly("first", "second", "third");
    assertThat(((MatchCard) deck.findCard("match-one").orElseThrow()).pairs())
        .containsExactly(
            new MatchCard.Pair("Putin", "President of Russia"),
            new MatchCard.Pair("Lukashenka", "President of Belarus"));
  }

  @Test
  void clozeCardExpandsToOneItemPerBlank() throws IOException {
    Deck deck = everyType();
    var cloze = (ClozeCard) deck.findCard("cloze-one").orElseThrow();

    assertThat(cloze.items()).extracting(Item::id).containsExactly("cloze-one.1", "cloze-one.2");
    assertThat(cloze.blanks().get(1))
        .isEqualTo(new ClozeCard.Blank("Belarus", List.of("Republic of Belarus")));
    assertThat(cloze.render(2)).isEqualTo("The Union State joins [...] and Russia.");
    assertThat(deck.items()).hasSize(14);
  }

  @Test
  void yamlBooleansAndNumbersStayTheTextTheAuthorWrote() {
    var result =
        load(
            deckWith(
                "  - {id: a, q: Q, a: no, explain: E}\n  - {id: b, q: R, a: 1997, explain: E}\n  - {id: c, q: S, a: 1.10, explain: E}\n"));
    Deck deck = result.value().orElseThrow();

    assertThat(((ShortCard) deck.findCard("a").orElseThrow()).answer()).isEqualTo("no");
    assertThat(((ShortCard) deck.findCard("b").orElseThrow()).answer()).isEqualTo("1997");
    assertThat(((ShortCard) deck.findCard("c").orElseThrow()).answer()).isEqualTo("1.10");
    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "t.yaml:4:22: warning: 'no' is read as text; other YAML tools read it as a boolean, so quote it");
  }

  @Test
  void warnsAboutMissingExplanationSamePromptAndLookalikeChoices() {
    var result =
        load(
            deckWith(
                "  - id: a\n    q: Same?\n    a: x\n  - id: b\n    q: same\n    a: y\n    explain: E\n"
                    + "  - id: c\n    type: choice\n    q: Pick\n    choices: [Minsk, minsk.]\n    a: Minsk\n    explain: E\n"));

    assertThat(result.value()).isPresent();
    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "t.yaml:4:9: warning: card 'a' has no 'explain'; a sentence of context helps students remember",
            "t.yaml:7:9: warning: card 'b' asks the same question as card 'a'",
            "t.yaml:14:14: warning: choices 'Minsk' and 'minsk.' look the same to a student");
  }

  @Test
  void warnsWhenAnIdNamesItsOwnAnswer() {
    var result =
        load(
            deckWith(
                card("russkiy-mir", "Which idea", "Russkiy Mir")
                    + card("minsk-visit", "Where did Putin go", "Moscow")
                    + card("union-state", "What is the Union State", "a union")
                    + "  - id: leader\n    type: choice\n    q: Who\n    choices: [Lukashenka, Putin]\n"
                    + "    a: Lukashenka\n    explain: E\n"
                    + card("sent-to-putin", "Who signed it", "Putin")));

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "t.yaml:4:9: warning: card id 'russkiy-mir' gives away its answer; rename it with was:",
            "t.yaml:22:9: warning: card id 'sent-to-putin' gives away its answer; rename it with was:");
  }

  private static String card(String id, String question, String answer) {
    return "  - id: " + id + "\n    q: " + question + "\n    a: " + answer + "\n    explain: E\n";
  }

  @Test
  void theShippedDeckHasNoIdThatGivesAnAnswerAway() throws IOException {
    Path shipped = Path.of("decks/belarus-russia-2022.yaml");
    var result = DeckLoader.load(shipped.toString(), Files.readAllBytes(shipped));

    assertThat(result.problems())
        .extracting(Problem::message)
        .noneMatch(m -> m.contains("gives away"));
  }

  @Test
  void suggestsTheNearestKeyForATypo() {
    var result = load(deckWith("  - id: a\n    q: Q\n    a: x\n    explian: E\n"));

    assertThat(result.problems())
        .extracting(Problem::render)
        .contains("t.yaml:7:5: error: unknown key 'explian' in card 'a'; did you mean 'explain'?");
  }

  @Test
  void collectsEveryProblemUpToTheCap() {
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      cards.append("  - id: BAD").append(i).append("\n    q: Q\n    a: A\n    explain: E\n");
    }
    var problems = load(deckWith(cards.toString())).problems();

    assertThat(problems).hasSize(Problems.CAP + 1);
    assertThat(problems.get(Problems.CAP).message()).isEqualTo("… and 50 more errors not shown");
  }

  @Test
  void anErrorAfterAHundredWarningsIsStillShownAndCountedApart() {
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < 102; i++) {
      cards.append("  - id: c").append(i).append("\n    q: Q").append(i).append("\n    a: A\n");
    }
    cards.append("  - id: BAD\n    q: Q\n    a: A\n    explain: E\n");
    var problems = load(deckWith(cards.toString())).problems();

    assertThat(problems).filteredOn(Problem::isError).hasSize(1);
    assertThat(problems.get(problems.size() - 1).render())
        .endsWith(": warning: … and 2 more warnings not shown");
  }

  @Test
  void positionsAreOneBased() {
    var problem = load("id: [").problems().get(0);

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.column()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void formerIdsOfTheDeckAndItsCardsAreKeptForTheirProgress() {
    Loaded<Deck> result =
        load(
            "id: space\nwas: solar-system\ntitle: T\ncards:\n"
                + "  - id: moon-of-jupiter\n    was: [europa, io-moon]\n    q: Which\n    a: A\n"
                + "    explain: E\n");

    Deck deck = result.value().orElseThrow();
    assertThat(deck.formerIds())
        .isEqualTo(
            new FormerIds(
                List.of("solar-system"),
                java.util.Map.of("europa", "moon-of-jupiter", "io-moon", "moon-of-jupiter")));
    assertThat(deck.renamed("europa")).contains("moon-of-jupiter");
    assertThat(deck.renamed("moon-of-jupiter")).isEmpty();
    assertThat(deck.answersTo("solar-system")).isTrue();
  }

  @Test
  void aFormerIdThatIsStillACardOrClaimedTwiceIsAnError() {
    Loaded<Deck> result =
        load(
            deckWith(
                "  - id: a\n    was: [b, old]\n    q: Which\n    a: A\n    explain: E\n"
                    + "  - id: b\n    was: [old, Bad Id]\n    q: Who\n    a: B\n    explain: E\n"));

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "t.yaml:5:11: error: card 'a' lists 'b' under 'was', but that is the id of a card of"
                + " this deck",
            "t.yaml:10:11: error: cards 'a' and 'b' both list 'old' under 'was'",
            "t.yaml:10:16: error: a former id under 'was' must be lowercase letters, digits and"
                + " hyphens ([a-z0-9-]+), found 'Bad Id'");
  }

  private static List<String> rendered(String yaml) {
    return load(yaml).problems().stream().map(Problem::render).toList();
  }

  private static final String CARD = "  - id: c\n    explain: E\n";

  /** Issue 15 item 9: each of these made a card that was silently dropped or unanswerable. */
  @Test
  void aMultiCardWithAnEmptyAnswerListIsAnError() {
    assertThat(
            rendered(
                deckWith(
                    CARD + "    type: multi\n    q: Which?\n    choices: [x, y]\n    a: []\n")))
        .containsExactly(
            "t.yaml:9:8: error: 'a' lists no right choice; a multi card needs at least one");
  }

  @Test
  void emptyQuestionsAnswersChoicesAndSidesAreErrors() {
    assertThat(rendered(deckWith(CARD + "    q: \"\"\n    a: A\n")))
        .containsExactly(
            "t.yaml:6:8: error: 'q' in card 'c' is empty; write the text or remove the key");
    assertThat(rendered(deckWith(CARD + "    q: Which?\n    a: \"  \"\n")))
        .containsExactly(
            "t.yaml:7:8: error: 'a' in card 'c' is empty; write the text or remove the key");
    assertThat(
            rendered(
                deckWith(
                    CARD
                        + "    type: choice\n    q: Which?\n    choices: [x, y, \" \"]\n    a: x\n")))
        .containsExactly(
            "t.yaml:8:21: error: an item of 'choices' in card 'c' is empty; write the text or remove"
                + " the key");
    assertThat(
            rendered(
                deckWith(
                    CARD
                        + "    type: match\n    q: Pair\n    pairs:\n      a: \"\"\n      b: c\n")))
        .containsExactly(
            "t.yaml:9:10: error: the right side of 'a' is empty; write the text or remove the key");
  }

  @Test
  void unbalancedOrNestedClozeBracesAreErrors() {
    for (String text : List.of("The {{capital}} is {{Minsk}", "The {{capital {{Minsk}} }}")) {
      assertThat(rendered(deckWith(CARD + "    type: cloze\n    text: " + text + "\n")))
          .containsExactly(
              "t.yaml:7:11: error: unbalanced or nested braces; write each blank {{answer}}, with"
                  + " no braces inside");
    }
  }

  @Test
  void aRawEscapeIsReportedWhereItStands() {
    assertThat(rendered(deckWith(CARD + "    q: Which \u001b[2J?\n    a: A\n")))
        .containsExactly(
            "t.yaml:6:14: error: the control character U+001B is not allowed in a deck; delete it"
                + " or write it as text");
  }

  /** Issue 15 item 4: a YAML escape puts a control character in the text without a raw byte. */
  @Test
  void aControlCharacterFromAnEscapeIsAnErrorAtTheValueHoldingIt() {
    String yaml =
        "id: t\ntitle: \"T \\e]0;pwned\\a\"\ncards:\n"
            + "  - id: c\n    topic: \"x\\x9by\"\n    type: choice\n"
            + "    q: \"Which \\e[2J?\"\n    choices: [A, \"B\\u0007\"]\n    a: A\n"
            + "    explain: \"Tab\\tand\\nnewline are text\"\n";
    String why = "which a terminal would act on instead of showing; remove it";
    assertThat(rendered(yaml))
        .containsExactly(
            "t.yaml:2:8: error: this value holds the control character U+001B, " + why,
            "t.yaml:5:12: error: this value holds the control character U+009B, " + why,
            "t.yaml:7:8: error: this value holds the control character U+001B, " + why,
            "t.yaml:8:18: error: this value holds the control character U+0007, " + why);
  }

  @Test
  void aUtf16FileIsCalledUtf16() {
    Loaded<Deck> result =
        DeckLoader.load("t.yaml", deckWith(CARD).getBytes(StandardCharsets.UTF_16LE));

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly("t.yaml:1:1: error: the file is UTF-16; save it as UTF-8");
  }

  @Test
  void yearZeroAndNumbersBeyondADoubleAreErrors() {
    assertThat(rendered(deckWith(CARD + "    type: date\n    q: When?\n    a: 0000-01-01\n")))
        .containsExactly(
            "t.yaml:8:8: error: 'a' of a date card should be a real date written YYYY-MM-DD,"
                + " YYYY-MM or YYYY, found '0000-01-01'");
    assertThat(rendered(deckWith(CARD + "    type: numeric\n    q: How many?\n    a: 1e400\n")))
        .singleElement()
        .asString()
        .startsWith("t.yaml:8:8: error: ")
        .contains("is too large to compare answers with, found '1e400'");
    assertThat(
            rendered(
                deckWith(
                    CARD
                        + "    type: numeric\n    q: How many?\n    a: 1\n    tolerance: 1e400\n")))
        .singleElement()
        .asString()
        .startsWith("t.yaml:9:16: error: 'tolerance' is too large to compare answers with");
  }
}
