package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What --now means (issue 14): the instant a session, stats or history take as the present. */
class GlobalOptionsTest {

  private static Instant now(String value, LocalTime dayStartsAt) {
    GlobalOptions options = new GlobalOptions();
    new CommandLine(options).parseArgs("--now", value);
    // CliRunner's environment is in UTC
    return options.clock(new CliRunner(Path.of("unused")).environment(""), dayStartsAt).instant();
  }

  @Test
  void aDateAloneIsTheStartOfThatStudyDay() {
    assertThat(now("2026-12-20", LocalTime.of(4, 0))).isEqualTo("2026-12-20T04:00:00Z");
    assertThat(now("2026-12-20", LocalTime.MIDNIGHT)).isEqualTo("2026-12-20T00:00:00Z");
  }

  @Test
  void aTimeIsTakenAsWritten() {
    assertThat(now("2026-12-20T01:30", LocalTime.of(4, 0))).isEqualTo("2026-12-20T01:30:00Z");
    assertThat(now("2026-12-20T10:00:00+02:00", LocalTime.of(4, 0)))
        .isEqualTo("2026-12-20T08:00:00Z");
  }
}
