package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import retain.deck.Card;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.deck.Item;
import retain.grade.Grader;
import retain.grade.QuestionText;
import retain.stats.SeededHistory;
import retain.yaml.Problem;

class DeckImportTest {

  private static final Deck EVERY_TYPE = SeededHistory.deck();

  private static Deck load(String yaml) {
    var result = DeckLoader.load("hand-written.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(result.problems()).noneMatch(Problem::isError);
    return result.value().orElseThrow();
  }

  private static Deck load(DeckFile deck) {
    var result = ImportedDecks.lint(deck);
    assertThat(result.problems()).noneMatch(Problem::isError);
    return result.value().orElseThrow();
  }

  @Test
  void ankiRoundTripKeepsEveryTypeQuestionAnswerTopicTagsAndExplanation() {
    Deck back =
        load(DeckImport.fromAnki(AnkiExport.write(EVERY_TYPE), "x.txt", Optional.of("every-type")));

    assertThat(back.cards()).hasSameSizeAs(EVERY_TYPE.cards());
    for (int i = 0; i < back.cards().size(); i++) {
      Card original = EVERY_TYPE.cards().get(i);
      Card imported = back.cards().get(i);
      assertThat(imported.type()).as(original.id()).isEqualTo(original.type());
      assertThat(imported.prompt())
          .as(original.id())
          .isEqualTo(original.prompt().replace("|Republic of Belarus", ""));
      assertThat(answers(imported)).as(original.id()).isEqualTo(answers(original));
      assertThat(imported.meta().topic()).isEqualTo(original.meta().topic());
      assertThat(imported.meta().tags()).isEqualTo(original.meta().tags());
      assertThat(imported.meta().explain()).isEqualTo(original.meta().explain());
    }
  }

  @Test
  void csvRoundTripKeepsEveryItemsQuestionAndAnswerAsShortCards() {
    Deck back =
        load(DeckImport.fromCsv(CsvExport.write(EVERY_TYPE), "every-type.csv", Optional.empty()));

    assertThat(back.id()).isEqualTo("every-type");
    assertThat(back.items()).hasSameSizeAs(EVERY_TYPE.items());
    for (int i = 0; i < back.items().size(); i++) {
      Item original = EVERY_TYPE.items().get(i);
      Item imported = back.items().get(i);
      assertThat(imported.card().prompt()).isEqualTo(QuestionText.prompt(original));
      assertThat(Grader.expected(imported)).isEqualTo(Grader.expected(original));
      assertThat(imported.card().meta().topic()).isEqualTo(original.card().meta().topic());
    }
  }

  @Test
  void csvExportNeutralisesFormulasAndImportGivesTheTextBack() {
    Deck hostile =
        load(
            "id: hostile\ntitle: T\ncards:\n  - id: f\n    q: \"=HYPERLINK(\\\"http://x\\\")\"\n"
                + "    a: \"-5\"\n    explain: \"'@already quoted\"\n");
    String csv = CsvExport.write(hostile);

    assertThat(csv).contains(",'-5,").contains("\"'=HYPERLINK(").contains(",''@already quoted,");
    Item back = load(DeckImport.fromCsv(csv, "hostile.csv", Optional.empty())).items().get(0);
    assertThat(back.card().prompt()).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(Grader.expected(back)).isEqualTo("-5");
    assertThat(back.card().meta().explain()).contains("'@already quoted");
  }

  @Test
  void csvWithoutHeaderIsQuestionAnswerTopicExplain() {
    DeckFile yaml =
        DeckImport.fromCsv(
            "Who leads Belarus?,Lukashenka,people,Since 1994.\n\"Say \"\"no\"\"\",no\n",
            "leaders.csv",
            Optional.empty());

    assertThat(yaml.yaml())
        .isEqualTo(
            """
            retain: 1
            id: "leaders"
            title: "leaders"
            cards:
              - id: "who-leads-belarus"
                topic: "people"
                q: "Who leads Belarus?"
                a: "Lukashenka"
                explain: "Since 1994."
              - id: "say-no"
                q: "Say \\"no\\""
                a: "no"
            """);
    assertThat(load(yaml).cards()).hasSize(2);
  }

  @Test
  void sameSlugGetsAShortHashOfTheContent() {
    DeckFile yaml =
        DeckImport.fromCsv(
            "Capital?,Minsk\nCapital!,Moscow\nCapital?,Minsk\n", "c.csv", Optional.empty());

    assertThat(load(yaml).cards())
        .extracting(Card::id)
        .containsExactly(
            "capital",
            "capital-" + Slugs.hash("{q=Capital!, a=Moscow}"),
            "capital-" + Slugs.hash("{q=Capital?, a=Minsk}"));
  }

  @Test
  void ankiExportWithHtmlAndClozeHintsFromAnkiItselfIsRead() {
    String anki =
        "#separator:tab\n#html:true\n#notetype column:1\n#tags column:4\n"
            + "Basic\tWho leads <b>Belarus</b>?\tLukashenka<br>since 1994\tpeople\n"
            + "Cloze\t{{c1::Minsk::city}} is the capital of {{c2::Belarus}}\t\t\n";

    Deck deck = load(DeckImport.fromAnki(anki, "anki.txt", Optional.of("leaders")));

    assertThat(deck.cards())
        .extracting(Card::prompt)
        .containsExactly("Who leads Belarus?", "{{Minsk}} is the capital of {{Belarus}}");
    assertThat(answers(deck.cards().get(0))).containsExactly("Lukashenka since 1994");
    assertThat(deck.cards().get(0).meta().tags()).containsExactly("people");
  }

  private static List<String> answers(Card card) {
    return card.items().stream().map(Grader::expected).toList();
  }
}
