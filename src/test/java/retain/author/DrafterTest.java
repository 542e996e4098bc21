package retain.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.yaml.Loaded;

class DrafterTest {

  private static Loaded<Deck> lint(SourceText source, List<DraftCard> cards) {
    String deck = DraftWriter.write("draft", source, source.name(), cards);
    return DeckLoader.load("draft.yaml", deck.getBytes(StandardCharsets.UTF_8));
  }

  private static SourceText briefing() throws IOException {
    Path briefing = Briefing.find().orElse(null);
    Assumptions.assumeTrue(
        briefing != null, "the briefing is not at ../" + Briefing.FILE + "; skipped");
    return SourceText.read(briefing.getFileName().toString(), Files.readString(briefing));
  }

  @Test
  void proposesDatesFiguresNamesAndTermsFromTheirSentences() throws IOException {
    List<DraftCard> cards = Drafter.draft(SourceTextTest.orchard());

    assertThat(cards)
        .extracting(DraftCard::type, DraftCard::answer)
        .contains(
            org.assertj.core.groups.Tuple.tuple("date", "2019-03-04"),
            org.assertj.core.groups.Tuple.tuple("numeric", "0.42"),
            org.assertj.core.groups.Tuple.tuple("numeric", "30"),
            org.assertj.core.groups.Tuple.tuple("cloze", "Kessler Machines"),
            org.assertj.core.groups.Tuple.tuple("date", "2022-04-11"));
  }

  @Test
  void everyAnswerOccursInItsSentenceAndIsHiddenInItsQuestion() throws IOException {
    for (SourceText source : List.of(SourceTextTest.orchard())) {
      for (DraftCard card : Drafter.draft(source)) {
        assertThat(Terms.of(card.sentence().text()))
            .as(card.toString())
            .containsAll(card.answerTerms());
        if (!card.type().equals("cloze")) {
          assertThat(card.prompt()).as(card.toString()).contains("___");
        }
      }
    }
  }

  @Test
  void theDraftLintsCleanWithIdsThatSayNothingOfTheAnswer() throws IOException {
    SourceText orchard = SourceTextTest.orchard();
    Loaded<Deck> result = lint(orchard, Drafter.draft(orchard));

    assertThat(result.problems()).isEmpty();
    result
        .value()
        .orElseThrow()
        .cards()
        .forEach(card -> assertThat(card.id()).matches("draft-\\d+"));
  }

  @Test
  void theBriefingsDraftHasTheDecemberEventsAndTheGasPrice() throws IOException {
    SourceText briefing = briefing();
    List<DraftCard> cards = Drafter.draft(briefing);

    assertThat(lint(briefing, cards).problems()).isEmpty();
    assertThat(cards)
        .extracting(DraftCard::answer)
        .contains("2022-12-19", "3 December", "21 December", "26-27 December", "128.5");
    cards.forEach(
        card -> assertThat(Terms.of(card.sentence().text())).containsAll(card.answerTerms()));
  }
}
