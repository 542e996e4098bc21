package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What study sessions share through {@link Studying}: one store, one clock, one input. */
class StudyingTest {

  private static final String FIXTURE = "src/test/resources/decks/good/every-type.yaml";

  @TempDir Path data;

  @Test
  void answersPipedForTheNextDeckReachItsSession() {
    // the fixture's two dates cards, each right twice (learning step, then graduated), then the
    // first dates card of the shipped deck
    String answers = "19 December 2022\n1999\n".repeat(2) + "19 December 2022\n";

    var result =
        new CliRunner(data)
            .runWithInput(answers, "study", FIXTURE, "belarus-russia-2022", "--topic", "dates");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("every-type: 4 answered, 4 right (100%)")
        .contains("> 19 December 2022")
        .contains("belarus-russia-2022: 1 answered, 1 right (100%)");
  }
}
