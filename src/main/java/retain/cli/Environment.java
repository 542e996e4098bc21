package retain.cli;

import java.io.InputStream;
import java.time.Clock;
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

  /** An environment variable, absent when unset or empty. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isEmpty());
  }
}
