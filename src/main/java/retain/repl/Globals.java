package retain.repl;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import retain.catalog.DeckCatalog;
import retain.cli.Environment;
import retain.cli.GlobalOptions;
import retain.cli.RetainCommand;
import retain.cli.RunContext;

/**
 * The options {@code retain} was started with, such as {@code --data DIR}: every line of the REPL
 * inherits them, and the prompt, history and completion look where they point.
 */
final class Globals {

  private final Environment environment;
  private final List<String> words;
  private final GlobalOptions options;

  Globals(Environment environment, List<String> words) {
    this.environment = environment;
    this.words = List.copyOf(words);
    this.options = parsed(environment, this.words);
  }

  Environment environment() {
    return environment;
  }

  /** The options as typed, to go before the words of every line. */
  List<String> words() {
    return words;
  }

  /**
   * config.yaml, the clock and the study day as the commands read them, for the prompt's count and
   * exam: fresh at each call, since a command of the REPL may have just changed config.yaml.
   */
  RunContext context() {
    // config.yaml's problems are the commands' to report; the prompt says nothing of them
    return new RunContext(environment, options, new PrintWriter(Writer.nullWriter()));
  }

  /** The clock every line runs at: fixed by {@code --now} when it was given at the start. */
  Clock clock() {
    return context().clock();
  }

  Path dataDirectory() {
    return options.dataDirectory(environment);
  }

  DeckCatalog catalog() {
    return options.catalog(environment);
  }

  /** Parsed only when there are any: building the command tree would delay the first prompt. */
  private static GlobalOptions parsed(Environment environment, List<String> words) {
    if (words.isEmpty()) {
      return new GlobalOptions();
    }
    var tree = Repl.quietTree(environment);
    tree.parseArgs(words.toArray(String[]::new));
    return tree.<RetainCommand>getCommand().global();
  }
}
