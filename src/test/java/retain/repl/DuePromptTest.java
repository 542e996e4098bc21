package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.cli.CliRunner;

class DuePromptTest {

  @TempDir Path data;

  private static Clock at(Duration after) {
    return Clock.fixed(Instant.parse(CliRunner.NOW).plus(after), ZoneId.of("UTC"));
  }

  @Test
  void showsNoCountAndCreatesNothingWithoutAStore() {
    Path missing = data.resolve("nothing-here");

    assertThat(new DuePrompt(missing, at(Duration.ZERO)).text()).isEqualTo("retain › ");
    assertThat(missing).doesNotExist();
  }

  @Test
  void countsTheItemsDueNowAcrossDecks() {
    new CliRunner(data)
        .runWithInput(
            "19 December 2022\n3.12.2022\n", "study", "belarus-russia-2022", "--limit", "2");

    assertThat(new DuePrompt(data, at(Duration.ZERO)).text()).isEqualTo("retain › ");
    assertThat(new DuePrompt(data, at(Duration.ofHours(1))).text()).isEqualTo("retain (2 due) › ");
  }

  @Test
  void showsNoCountForAFileThatIsNotRetains() throws Exception {
    java.nio.file.Files.writeString(data.resolve("retain.db"), "not a database at all");

    assertThat(new DuePrompt(data, at(Duration.ZERO)).text()).isEqualTo("retain › ");
  }
}
