package retain.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.deck.Item;
import retain.yaml.YamlValue;

/** Grading against the paper a student saw, on the shipped deck (issue 13). */
class ExamTest {

  private static final Path SHIPPED = Path.of("decks/belarus-russia-2022.yaml");

  static Deck shipped() throws IOException {
    return DeckLoader.load(SHIPPED.toString(), Files.readAllBytes(SHIPPED)).value().orElseThrow();
  }

  /** The answer of a student who knows nothing and gives the first letters to every list. */
  private static Optional<String> firstLetters(Item item) {
    return switch (item.card().type()) {
      case CHOICE -> Optional.of("a");
      case MULTI -> Optional.of("a b");
      case ORDER -> Optional.of("a b c d");
      case MATCH -> Optional.of("1a 2b 3c");
      default -> Optional.empty();
    };
  }

  private static double percent(Deck deck, PaperId paper) {
    List<AnswersFile.Answer> answers =
        deck.items().stream()
            .flatMap(
                item ->
                    firstLetters(item).stream()
                        .map(
                            text ->
                                new AnswersFile.Answer(item.id(), scalar(item.id()), scalar(text))))
            .toList();
    AnswersFile file = new AnswersFile(deck.id(), paper, answers);
    return Exam.grade(Paper.of(deck, paper, Set.of(), Optional.empty()), file, Optional.empty())
        .percent();
  }

  private static YamlValue.Scalar scalar(String text) {
    return new YamlValue.Scalar(text, "str", 1, 1);
  }

  @Test
  void lettersInTheDecksOrderScoreAtChanceOrBelowOnTheDefaultPaper() throws IOException {
    // before issue 13 letters followed the deck's written order, and this file scored 34.86%
    assertThat(percent(shipped(), PaperId.DEFAULT)).isLessThanOrEqualTo(12);
  }

  @Test
  void lettersInTheDecksOrderScoreAtChanceOrBelowOnAClassOfPapers() throws IOException {
    Deck deck = shipped();
    double mean =
        LongStream.range(1, 31)
            .mapToDouble(seed -> percent(deck, new PaperId(Optional.of(seed), Optional.empty())))
            .average()
            .orElseThrow();
    assertThat(mean).isLessThanOrEqualTo(12);
  }
}
