package retain.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the same command line as {@code Main}, with captured output, a temporary data directory, a
 * fixed time and seed, and piped (non-terminal) input.
 */
public final class CliRunner {

  /** The fixed time every test runs at: the day of the Minsk visit, 10:00 UTC. */
  public static final String NOW = "2022-12-19T10:00:00Z";

  /** What one run gave. Line endings are normalised to \n. */
  public record Result(int exitCode, String out, String err) {}

  private final Path data;
  private final Map<String, String> variables;

  /** A runner keeping its progress in {@code data}. */
  public CliRunner(Path data) {
    this(data, Map.of());
  }

  /** A runner with extra environment variables. */
  public CliRunner(Path data, Map<String, String> variables) {
    this.data = data;
    // never read the real user's config.yaml: point XDG_CONFIG_HOME into the test's folder
    var isolated =
        new java.util.HashMap<>(Map.of("XDG_CONFIG_HOME", data.resolve("config").toString()));
    isolated.putAll(variables);
    this.variables = Map.copyOf(isolated);
  }

  /** Runs {@code args} with empty standard input. */
  public Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code args} with {@code input} piped to standard input. */
  public Result runWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.create(environment(input), new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(arguments(args).toArray(String[]::new));
    return new Result(code, normalise(out.toString()), normalise(err.toString()));
  }

  /** The environment of a run: the isolated variables, {@code input} piped, the fixed time. */
  public Environment environment(String input) {
    var in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    Clock clock = Clock.fixed(Instant.parse(NOW), ZoneId.of("UTC"));
    return new Environment(variables, in, false, clock);
  }

  /** {@code args} after the data directory and seed every run gets. */
  public List<String> arguments(String... args) {
    List<String> all = new ArrayList<>(List.of("--data", data.toString(), "--seed", "42"));
    all.addAll(List.of(args));
    return all;
  }

  /** {@code text} with Windows line endings made \n. */
  public static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }
}
