package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizCommandTest {

  private static final String DECK = "src/test/resources/decks/good/every-type.yaml";

  @TempDir Path data;

  @Test
  void asksExactlyCountItemsOnceEach() {
    var result = new CliRunner(data).runWithInput("x\ny\nz\n", "quiz", DECK, "--count", "3");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("[1/3]")
        .contains("[2/3]")
        .contains("[3/3]")
        .doesNotContain("[4/");
    assertThat(result.out()).contains("every-type: 3 answered");
  }

  @Test
  void sameSeedAndTimeGiveTheSameQuiz() {
    var first = new CliRunner(data.resolve("a")).runWithInput("x\n", "quiz", DECK, "--count", "2");
    var second = new CliRunner(data.resolve("b")).runWithInput("x\n", "quiz", DECK, "--count", "2");

    assertThat(first.out()).isEqualTo(second.out());
  }

  @Test
  void typesLimitTheSample() {
    var result =
        new CliRunner(data).runWithInput("", "quiz", DECK, "--types", "date", "--count", "5");

    assertThat(result.out())
        .contains("(a date: day, month and year)")
        .doesNotContain("(a short answer)");
    assertThat(result.out()).contains("[1/2]");
  }

  @Test
  void unknownTypeIsBadUsage() {
    var result = new CliRunner(data).run("quiz", DECK, "--types", "essay");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .startsWith("retain: unknown card type 'essay'; choose from: short, choice, multi");
  }
}
