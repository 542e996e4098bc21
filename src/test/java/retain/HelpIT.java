package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help as a new user first tries it (issue 14): on the packaged jar, from the command line and
 * through the REPL. cli/CliTest walks every command of the tree; this checks the real process.
 */
class HelpIT {

  @TempDir Path data;

  private JarRunner.Result run(String input, String... args) throws Exception {
    return new JarRunner(data, Map.of("RETAIN_DATA", data.toString())).run(input, args);
  }

  @Test
  void helpAndHPrintTheUsageOnStdoutAndExitZero() throws Exception {
    for (List<String> args : List.of(List.of("study", "--help"), List.of("lint", "-h"))) {
      JarRunner.Result result = run("", args.toArray(String[]::new));

      assertThat(result.exitCode()).as(args.toString()).isZero();
      assertThat(result.err()).as(args.toString()).isEmpty();
      assertThat(result.out())
          .startsWith(result.out().lines().findFirst().orElseThrow())
          .contains("Usage: retain " + args.get(0), "Examples:");
    }
  }

  @Test
  void aMissingDeckIsOneLineAndWhereTheHelpIs() throws Exception {
    JarRunner.Result result = run("", "study");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .containsExactly("retain: Missing required parameter: 'DECK'", "try 'retain study --help'");
  }

  @Test
  void theReplsHelpTellsHowToLeaveAndWhatToTypeInAQuestion() throws Exception {
    JarRunner.Result result = run("help\nstats -h\nquit\n");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("exit or Ctrl-D to leave", ":hint", ":undo", "1 again", "Exit codes:")
        .contains("Usage: retain stats", "Output format: text, json (default: text).");
  }
}
