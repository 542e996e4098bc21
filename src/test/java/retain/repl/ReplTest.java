package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.cli.Cli;
import retain.cli.CliRunner;
import retain.cli.ExitCodes;

/** The REPL with piped input: one command a line, answers read from the lines that follow. */
class ReplTest {

  @TempDir Path data;

  private CliRunner.Result piped(String script) {
    return piped(List.of(), script);
  }

  private CliRunner.Result piped(List<String> globals, String script) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Repl.run(
            new CliRunner(data).environment(script),
            globals,
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new CliRunner.Result(code, out.toString(), err.toString());
  }

  @Test
  void aScriptStudiesThenRunsTheNextCommand() {
    var result =
        piped(
            "--data "
                + data
                + " --now 2022-12-19T10:00:00Z --seed 42 study belarus-russia-2022 --limit 1\n"
                + "19 December 2022\n" // one question: --limit 1 ends the session here
                + "--data "
                + data
                + " history --format csv\n");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("[1/1] dates\n", "> 19 December 2022\n", "right: 19 December 2022")
        .contains("belarus-russia-2022,minsk-visit,");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void optionsGivenAtStartApplyToEveryLine() {
    Path elsewhere = data.resolve("elsewhere");
    var result =
        piped(
            List.of("--data", elsewhere.toString(), "--now", "2022-12-19T10:00:00Z"),
            "study belarus-russia-2022 --limit 1\n19 December 2022\n:quit\n"
                + "history --format csv\n");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("2022-12-19T10:00:00Z,belarus-russia-2022,minsk-visit");
    assertThat(elsewhere.resolve("retain.db")).exists();
  }

  @Test
  void onlyOptionsWithoutACommandOpenTheRepl() {
    var tree = Repl.quietTree(new CliRunner(data).environment(""));
    assertThat(Cli.opensRepl(tree, new String[] {"--data", "x", "--no-color"})).isTrue();
    assertThat(Cli.opensRepl(tree, new String[] {"--data", "x", "decks"})).isFalse();
    assertThat(Cli.opensRepl(tree, new String[] {"--help"})).isFalse();
    assertThat(Cli.opensRepl(tree, new String[] {"--version"})).isFalse();
    assertThat(Cli.opensRepl(tree, new String[] {"--bogus"})).isFalse();
  }

  @Test
  void quitStopsReadingAndTheLastCommandGivesTheExitCode() {
    assertThat(piped("decks --bogus\n").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    var quit = piped("decks --bogus\n\nquit\ndecks --bogus\n");
    assertThat(quit.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(quit.err().lines().filter(line -> line.startsWith("retain: Unknown option")))
        .hasSize(1);
    assertThat(piped("").exitCode()).isEqualTo(ExitCodes.OK);
  }
}
