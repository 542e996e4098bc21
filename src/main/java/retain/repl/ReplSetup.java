package retain.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Builds the JLine terminal and the two line readers: one for commands, one for answers. */
final class ReplSetup {

  private ReplSetup() {}

  /**
   * The process's terminal. {@code dumb(true)} lets JLine fall back to a dumb terminal without its
   * warning (stack.md); the exec provider, which forks {@code stty}, is only the last resort.
   */
  static Terminal terminal() {
    try {
      return TerminalBuilder.builder()
          .system(true)
          .providers("ffm,jni,exec")
          .dumb(true)
          .name("retain")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code terminal} cannot move the cursor or show colour (TERM=dumb, Emacs shells). */
  static boolean dumb(Terminal terminal) {
    return terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  /** The command prompt's reader: completion, and a history kept in {@code historyFile}. */
  static LineReader commandReader(
      Terminal terminal, Completer completer, Optional<Path> historyFile) {
    LineReaderBuilder builder =
        base(terminal).completer(completer).variable(LineReader.HISTORY_SIZE, 1000);
    historyFile.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
    return builder.build();
  }

  /**
   * The answer prompt's reader: no completion, and no history, so answers never reach the history
   * file nor come back with the arrow keys.
   */
  static LineReader answerReader(Terminal terminal) {
    return base(terminal).variable(LineReader.DISABLE_HISTORY, true).build();
  }

  private static LineReaderBuilder base(Terminal terminal) {
    return LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("retain")
        // otherwise "!!" in an answer or a command is replaced from the history (stack.md)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.AUTO_FRESH_LINE, true);
  }
}
