package retain.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retain completion}: a shell completion script generated from the command tree. */
@Command(
    name = "completion",
    footerHeading = "%nExamples:%n",
    footer = {"  retain completion bash > ~/.local/share/bash-completion/completions/retain"},
    header = "Print a completion script for bash or zsh.",
    description = {
      "bash: source <(retain completion bash)",
      "zsh:  source <(retain completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {

  /**
   * The shells supported. picocli writes one script for both: under zsh it loads compinit and
   * bashcompinit itself, so the argument only documents the choice and rejects other shells.
   */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("retain", spec.root().commandLine()));
    return ExitCodes.OK;
  }
}
