package retain.yaml;

import java.util.List;
import java.util.Optional;

/**
 * What reading a YAML file gave: a deck, an answers file or the settings, and every problem found.
 *
 * @param value present exactly when no problem is an error
 */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {
  public Loaded {
    problems = List.copyOf(problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
