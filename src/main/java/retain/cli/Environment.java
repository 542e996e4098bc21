package retain.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the program reads from the world besides its arguments: environment variables, standard
 * input, whether a person sits at a terminal, and the clock. Tests build their own.
 */
public record Environment(
    Map<String, String> variables, InputStream in, boolean interactive, Clock clock) {

  public Environment {
    variables = Map.copyOf(variables);
  }

  /** The real process environment. */
  public static Environment system(InputStream in, boolean interactive) {
    return new Environment(System.getenv(), in, interactive, Clock.systemDefaultZone());
  }

  /**
   * How many columns the terminal shows: {@code COLUMNS} when it holds a width (the REPL sets it
   * from its terminal for every line it runs), else 80, the width every screen is laid out for.
   */
  public int columns() {
    return variable("COLUMNS")
        .filter(width -> width.matches("[1-9][0-9]{0,3}"))
        .map(Integer::parseInt)
        .orElse(80);
  }

  /** This environment on a terminal {@code width} columns wide. */
  public Environment withColumns(int width) {
    Map<String, String> changed = new HashMap<>(variables);
    changed.put("COLUMNS", String.valueOf(width));
    return new Environment(changed, in, interactive, clock);
  }

  /** An environment variable, absent when unset or empty. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isEmpty());
  }
}
