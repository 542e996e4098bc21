package retain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.exam.AnswersReader;
import retain.exam.Exam;
import retain.exam.ExamResult;
import retain.exam.Paper;

/** A student's name and answers can never forge a line, a colour or a bell in a report. */
class ForgeryTest {

  private static final Path DECK = Path.of("src/test/resources/decks/good/every-type.yaml");
  private static final String FORGED = "Score: 14 / 14 (100%), 14 of 14 answered, passed";

  private static ExamResult forged() throws IOException {
    Deck deck = DeckLoader.load(DECK.toString(), Files.readAllBytes(DECK)).value().orElseThrow();
    String answers =
        "deck: every-type\n"
            + "student: \"Jane\\n"
            + FORGED
            + "\\nok 1 - all\\r\\u001b[2J\\u0007\"\n"
            + "answers:\n"
            + "  short-one: \"wrong\\n"
            + FORGED
            + "\\n</failure><failure>\\u001b]0;pwned\\u0007\"\n";
    var read =
        AnswersReader.read(
            "forged.yaml",
            answers.getBytes(StandardCharsets.UTF_8),
            deck,
            id -> Paper.of(deck, id, Set.of(), Optional.empty()));
    return Exam.grade(
        Paper.of(deck, read.value().orElseThrow().paper(), Set.of(), Optional.empty()),
        read.value().orElseThrow(),
        Optional.of(50.0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "tap", "junit"})
  void noStudentTextBecomesALineOrAControlOfItsOwn(String format) throws IOException {
    Function<ExamResult, String> report =
        switch (format) {
          case "tap" -> TapExamReport::render;
          case "junit" -> JunitExamReport::render;
          default -> TextExamReport::render;
        };

    String rendered = report.apply(forged());

    assertThat(rendered.lines())
        .noneMatch(line -> line.strip().startsWith("Score: 14"))
        .noneMatch(line -> line.strip().startsWith("ok 1 - all"));
    if (format.equals("junit")) {
      assertThat(rendered).doesNotContain("</failure><failure>");
    }
    assertThat(rendered).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r");
    assertThat(rendered).contains("Jane\\n" + FORGED + "\\nok 1 - all\\r\\u001b[2J\\u0007");
  }
}
