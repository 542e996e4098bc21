package retain.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import retain.session.Console;
import retain.session.PlainConsole;

/**
 * Where sessions meet the student: the REPL supplies a terminal console, pipes and tests the plain
 * one. Commands ask for a console only when a session starts, so nothing terminal-related is built
 * for {@code lint} or {@code stats}.
 */
@FunctionalInterface
public interface Consoles {

  /**
   * A console telling times relative to {@code clock}; {@code out} is the command's output and
   * {@code colour} whether --no-color and NO_COLOR allow colour.
   */
  Console open(Clock clock, PrintWriter out, boolean colour);

  /**
   * Plain consoles that all read one reader over {@code in}: a script may pipe REPL commands and
   * answers together, and a reader per session would swallow the lines the previous one buffered.
   */
  static Consoles plain(BufferedReader in) {
    return (clock, out, colour) -> new PlainConsole(in, out, clock);
  }

  /** Plain consoles over the environment's standard input. */
  static Consoles plain(Environment environment) {
    return plain(
        new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)));
  }
}
