package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.cli.CliRunner;

class GlobalsTest {

  @TempDir Path data;

  @Test
  void theClockIsTheOneNowGivenAtTheStartSetsForThePromptToo() {
    var environment = new CliRunner(data).environment("");

    var later = new Globals(environment, List.of("--now", "2026-12-20T10:00:00Z"));

    assertThat(later.clock().instant()).isEqualTo(Instant.parse("2026-12-20T10:00:00Z"));
    assertThat(new Globals(environment, List.of()).clock().instant())
        .isEqualTo(environment.clock().instant());
  }

  @Test
  void thePromptCountsWhatIsDueAtTheGivenNow() {
    new CliRunner(data)
        .runWithInput(
            "19 December 2022\n3.12.2022\n", "study", "belarus-russia-2022", "--limit", "2");
    var environment = new CliRunner(data).environment("");
    var anHourLater =
        new Globals(
            environment, List.of("--data", data.toString(), "--now", "2022-12-19T11:00:00Z"));

    assertThat(new DuePrompt(anHourLater).text()).isEqualTo("retain (2 due) › ");
  }
}
