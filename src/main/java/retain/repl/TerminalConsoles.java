package retain.repl;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import retain.cli.Consoles;
import retain.session.Console;

/**
 * Sessions on the JLine terminal. The terminal is built on the first session only, so commands that
 * never ask anything start as fast as without JLine.
 */
public final class TerminalConsoles implements Consoles {

  private final Supplier<Terminal> terminal;
  private Terminal built;

  private TerminalConsoles(Supplier<Terminal> terminal) {
    this.terminal = terminal;
  }

  /** Consoles on {@code terminal}, which the REPL already has open. */
  static TerminalConsoles on(Terminal terminal) {
    return new TerminalConsoles(() -> terminal);
  }

  /**
   * Consoles on the process's own terminal, built when the first session opens. For a person at a
   * terminal only (stdin and stdout both terminals): piped runs use {@link Consoles#plain} and
   * never load this class.
   */
  public static Consoles ofProcess() {
    return new TerminalConsoles(ReplSetup::terminal);
  }

  /** {@inheritDoc} The console writes to the terminal itself; {@code out} is the same device. */
  @Override
  public Console open(Clock clock, PrintWriter out, boolean colour) {
    if (built == null) {
      built = terminal.get();
    }
    boolean styled = colour && !ReplSetup.dumb(built);
    return new TerminalConsole(
        new Screen(built, styled), ReplSetup.answerReader(built), clock, !ReplSetup.dumb(built));
  }
}
