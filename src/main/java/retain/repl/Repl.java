package retain.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import retain.cli.Cli;
import retain.cli.Consoles;
import retain.cli.Environment;
import retain.cli.ExitCodes;
import retain.store.Store;
import retain.store.StoreException;

/**
 * {@code retain} without arguments: the interactive shell at a terminal, or, with piped input, the
 * same commands read one per line so a script can drive it.
 */
public final class Repl {

  private static final String GREETING =
      "retain: Tab completes, help lists the commands, quit or Ctrl-D leaves.";

  private Repl() {}

  /**
   * Runs the REPL on the process's terminal, or line by line when input is piped; {@code globals}
   * (options only, see {@link Cli#opensRepl}) go before the words of every line.
   */
  public static int run(
      Environment environment, List<String> globals, PrintWriter out, PrintWriter err) {
    var options = new Globals(environment, globals);
    return environment.interactive()
        ? interactive(options, ReplSetup.terminal())
        : piped(options, out, err);
  }

  /**
   * Each line is a command, answers included: a session started by one line reads its answers from
   * the lines after it. Returns the last command's exit code, as a shell script does.
   */
  private static int piped(Globals options, PrintWriter out, PrintWriter err) {
    var in =
        new BufferedReader(
            new InputStreamReader(options.environment().in(), StandardCharsets.UTF_8));
    var runner =
        new LineRunner(options, out, err, Consoles.plain(in), options.environment()::columns);
    int code = ExitCodes.OK;
    try {
      String line;
      while ((line = in.readLine()) != null && !runner.isQuit(line)) {
        if (!line.isBlank()) {
          code = runner.run(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return code;
  }

  /**
   * Types {@code script} into the REPL on a terminal of its own whose output is discarded, so the
   * launcher's warm-up (retain.Warmup) loads what the first prompt, completion and a session at a
   * terminal load, and the class-data archive holds it.
   */
  public static void rehearse(Environment environment, InputStream script) {
    try {
      interactive(
          new Globals(environment, List.of()),
          TerminalBuilder.builder()
              .system(false)
              .streams(script, OutputStream.nullOutputStream())
              .type("xterm-256color")
              .size(new Size(100, 30))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int interactive(Globals options, Terminal terminal) {
    try (terminal) {
      PrintWriter writer = terminal.writer();
      var runner =
          new LineRunner(
              options, writer, writer, TerminalConsoles.on(terminal), terminal::getWidth);
      Path data = options.dataDirectory();
      var completer = new CommandCompleter(options.environment(), options.catalog());
      LineReader reader = ReplSetup.commandReader(terminal, completer, history(data));
      // the prompt counts at the same --now as the commands it runs
      var prompt = new DuePrompt(options);
      // Ctrl-C while a command runs must not end the REPL (at a prompt JLine handles it itself);
      // the terminal has echoed ^C, so end that line or the command's output would go on after it
      terminal.handle(Terminal.Signal.INT, signal -> writer.println());
      new Screen(terminal, false).wrapped(GREETING, Screen.Ink.PLAIN);
      loop(reader, runner, prompt);
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The history file in the data directory, which is created 0700 first: JLine would create it
   * readable by everyone. Without a writable directory the history lives in memory only.
   */
  private static Optional<Path> history(Path data) {
    try {
      Store.createDataDirectory(data);
      return Optional.of(data.resolve("history"));
    } catch (StoreException unwritable) {
      return Optional.empty();
    }
  }

  /** A command tree that prints nothing, for reading options. */
  static CommandLine quietTree(Environment environment) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Cli.create(environment, nowhere, nowhere);
  }

  private static void loop(LineReader reader, LineRunner runner, DuePrompt prompt) {
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt.text());
      } catch (UserInterruptException clearLine) {
        continue;
      } catch (EndOfFileException leave) {
        return;
      }
      if (runner.isQuit(line)) {
        return;
      }
      runner.run(line);
    }
  }
}
