package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import retain.deck.Card;
import retain.deck.CardType;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.deck.Item;
import retain.exchange.AnkiExport;
import retain.exchange.DeckJson;
import retain.exchange.LmsExport;
import retain.grade.Grader;
import retain.grade.Presentation;
import retain.grade.QuestionText;
import retain.grade.Response;

/**
 * Every kind of card is handled wherever cards are dispatched by kind: graded, asked, exported. The
 * compiler holds the dispatch itself (a new kind fails to compile in every {@link Card.Visitor});
 * this test holds that the sample below has one card of every kind, so each visitor really runs.
 */
class CardKindsTest {

  private static final String DECK =
      """
      retain: 1
      id: kinds
      title: One card of each kind
      cards:
        - id: capital
          q: Capital of Belarus?
          a: Minsk
        - id: currency
          type: choice
          q: Currency of Belarus?
          choices: [rouble, zloty, euro]
          a: rouble
        - id: neighbours
          type: multi
          q: Neighbours of Belarus?
          choices: [Poland, Russia, Spain]
          a: [Poland, Russia]
        - id: union
          type: truefalse
          q: Belarus and Russia form a Union State.
          a: true
        - id: border
          type: numeric
          q: Length of the border?
          a: 1239
          unit: km
        - id: visit
          type: date
          q: Putin's visit to Minsk?
          a: 2022-12-19
        - id: capitals
          type: cloze
          text: "{{Minsk}} and {{Moscow}} are capitals."
        - id: months
          type: order
          q: In order?
          items: [October, November, December]
        - id: pairs
          type: match
          q: Match the capitals.
          pairs:
            Minsk: Belarus
            Moscow: Russia
      """;

  private static final Deck SAMPLE =
      DeckLoader.load("kinds.yaml", DECK.getBytes(StandardCharsets.UTF_8)).value().orElseThrow();

  @Test
  void theSampleHoldsOneCardOfEveryKind() {
    assertThat(SAMPLE.cards().stream().map(Card::type))
        .containsExactlyInAnyOrder(CardType.values());
  }

  @Test
  void everyKindIsGradedAgainstAnExpectedAnswer() {
    for (Item item : SAMPLE.items()) {
      assertThat(Grader.expected(item)).as(item.id()).isNotBlank();
      assertThat(Grader.grade(item, new Response.Text("nothing like it")).correct())
          .as(item.id())
          .isFalse();
    }
  }

  @Test
  void everyKindIsAskedWithItsOwnInstruction() {
    Map<CardType, String> instructions =
        SAMPLE.cards().stream()
            .collect(
                Collectors.toMap(
                    Card::type, card -> QuestionText.instruction(card.items().get(0))));
    assertThat(instructions).containsOnlyKeys(CardType.values());
    assertThat(instructions.values()).doesNotHaveDuplicates().noneMatch(String::isBlank);
    for (Item item : SAMPLE.items()) {
      assertThat(QuestionText.prompt(item)).as(item.id()).isNotBlank();
      Presentation shown = Presentation.shuffled(item.card(), new SplittableRandom(1));
      assertThat(QuestionText.options(item.card(), shown)).as(item.id()).isNotNull();
    }
  }

  @Test
  void everyKindSurvivesTheDeckFileFieldsUnchanged() {
    String json = DeckJson.write(SAMPLE);
    Deck reloaded =
        DeckLoader.load("kinds.json", json.getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
    assertThat(reloaded.cards()).isEqualTo(SAMPLE.cards());
  }

  @Test
  void everyKindIsExportedToAnkiAndMoodle() {
    List<String> exports =
        List.of(
            AnkiExport.write(SAMPLE),
            LmsExport.gift(SAMPLE).text(),
            LmsExport.moodleXml(SAMPLE).text());
    Function<String, List<String>> missing =
        text -> SAMPLE.cards().stream().map(Card::id).filter(id -> !text.contains(id)).toList();
    exports.forEach(text -> assertThat(missing.apply(text)).isEmpty());
  }
}
