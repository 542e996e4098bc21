package retain.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import retain.catalog.DeckCatalog;
import retain.schedule.StudyDay;

/**
 * The options every command accepts, declared once on the root command and inherited by all
 * subcommands, so `retain --seed 3 study` and `retain study --seed 3` mean the same.
 */
public final class GlobalOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Where progress is kept (default: $RETAIN_DATA, else $XDG_DATA_HOME/retain, else"
              + " ~/.local/share/retain).")
  Path data;

  @Option(
      names = "--decks",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Extra folders to look for decks in (repeatable).")
  List<Path> deckFolders = new ArrayList<>();

  @Option(
      names = "--now",
      paramLabel = "ISO-8601",
      scope = ScopeType.INHERIT,
      description =
          "Pretend it is this time: 2022-12-19T10:00:00Z, a local 2022-12-19T10:00, or"
              + " 2022-12-19 for the start of that study day.")
  String now;

  @Option(
      names = "--seed",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      description = "Seed for shuffling and sampling, to reproduce a session exactly.")
  Long seed;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Plain output without colours (also env NO_COLOR).")
  boolean noColor;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean verbose;

  /** Whether internal errors should show their stack trace. */
  public boolean verbose() {
    return verbose;
  }

  /** Extra deck folders given with --decks, in the order given. */
  public List<Path> deckFolders() {
    return List.copyOf(deckFolders);
  }

  /** Whether colour is allowed: no --no-color and no NO_COLOR variable (https://no-color.org). */
  public boolean colour(Environment environment) {
    return !noColor && environment.variables().get("NO_COLOR") == null;
  }

  /**
   * The clock: fixed at --now when given, else the environment's. A date alone is the start of that
   * study day ({@code dayStartsAt}, config's day_starts_at): midnight would fall in the day before.
   */
  public Clock clock(Environment environment, LocalTime dayStartsAt) {
    if (now == null) {
      return environment.clock();
    }
    ZoneId zone = environment.clock().getZone();
    Instant instant =
        Instants.parse(
            now,
            new StudyDay(zone, dayStartsAt),
            "--now expects an ISO-8601 time such as 2022-12-19T10:00:00Z");
    return Clock.fixed(instant, zone);
  }

  /** The random source: seeded by --seed when given, else from the clock. */
  public RandomGenerator random(Environment environment) {
    long value = seed != null ? seed : environment.clock().millis();
    return RandomGeneratorFactory.of("L64X128MixRandom").create(value);
  }

  /** The seed given with --seed, if any. */
  public Optional<Long> seed() {
    return Optional.ofNullable(seed);
  }

  /**
   * The data directory: --data, else $RETAIN_DATA, else $XDG_DATA_HOME/retain, else
   * ~/.local/share/retain (the XDG base directory default).
   */
  public Path dataDirectory(Environment environment) {
    if (data != null) {
      return data;
    }
    return environment
        .variable("RETAIN_DATA")
        .map(Path::of)
        .or(() -> environment.variable("XDG_DATA_HOME").map(home -> Path.of(home, "retain")))
        .orElseGet(() -> home(environment).resolve(".local/share/retain"));
  }

  /** Where decks are looked up: the --decks folders, ./decks, then the data directory's decks. */
  public DeckCatalog catalog(Environment environment) {
    return DeckCatalog.standard(deckFolders(), dataDirectory(environment));
  }

  /** The user's home directory: $HOME, else the JVM's idea of it. */
  public static Path home(Environment environment) {
    return Path.of(environment.variable("HOME").orElse(System.getProperty("user.home")));
  }
}
