package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

  @TempDir Path data;

  @Test
  void bashScriptCompletesEveryCommand() {
    var result = new CliRunner(data).run("completion", "bash");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith("#!/usr/bin/env bash\n")
        .contains("complete -F _complete_retain")
        .contains(
            "study quiz exam paper report lint coverage draft stats plan history optimize decks show export import doctor completion");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashcompinitItself() {
    var runner = new CliRunner(data);

    assertThat(runner.run("completion", "zsh").out())
        .isEqualTo(runner.run("completion", "bash").out())
        .contains("bashcompinit");
  }

  @Test
  void theRootHelpListsCompletionAndHelp() {
    assertThat(new CliRunner(data).run("--help").out())
        .contains("\n  completion  Print a completion script for bash or zsh.\n")
        .contains("\n  help        Display help information about the specified command.\n");
  }

  @Test
  void otherShellsAreBadInput() {
    var result = new CliRunner(data).run("completion", "fish");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .startsWith("retain: Invalid value for positional parameter at index 0 (SHELL)");
  }
}
