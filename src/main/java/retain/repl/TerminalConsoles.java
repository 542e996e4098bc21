package retain.repl;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import retain.cli.Consoles;
import retain.cli.Environment;
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
   * The right consoles for this process: on the terminal when a person sits at one (stdin and
   * stdout both terminals), plain otherwise, where JLine is never touched.
   */
  public static Consoles choose(Environment environment) {
    return environment.interactive()
        ? new TerminalConsoles(ReplSetup::terminal)
        : Consoles.plain(environment);
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
