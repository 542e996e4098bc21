package retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import retain.config.Settings;
import retain.schedule.FsrsParameters;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.stats.Look;

/**
 * What the commands of one run read alike, each assembled here only: config.yaml, the clock
 * (--now), the study day, the scheduler, the data directory and how output is drawn. config.yaml is
 * read on first use, once, so a command that needs no settings reads no file.
 */
public final class RunContext {

  /**
   * The fuzz seed of every scheduled review. It is fixed, not --seed: the fuzz then depends only on
   * the review (its time, the card's reps and D·S, which ts-fsrs also seeds its fuzz with), so
   * {@code doctor --rebuild} replays the stored intervals exactly (design §5).
   */
  public static final long FUZZ_SEED = 0;

  private final Environment environment;
  private final GlobalOptions options;
  private final PrintWriter err;
  private Settings settings;
  private Clock clock;

  /** The context of a run with these options; config.yaml's warnings go to {@code err}. */
  public RunContext(Environment environment, GlobalOptions options, PrintWriter err) {
    this.environment = environment;
    this.options = options;
    this.err = err;
  }

  /** config.yaml, read on first use; errors stop the command with exit 2. */
  public Settings settings() {
    if (settings == null) {
      settings = ConfigFile.load(environment, err);
    }
    return settings;
  }

  /** The clock: fixed at --now when given (a date alone meaning the start of that study day). */
  public Clock clock() {
    if (clock == null) {
      clock = options.clock(environment, settings().dayStartsAt());
    }
    return clock;
  }

  /** The study day of config.yaml's day_starts_at, in the clock's zone. */
  public StudyDay day() {
    return new StudyDay(clock().getZone(), settings().dayStartsAt());
  }

  /** The scheduler of config.yaml's FSRS settings. */
  public Scheduler scheduler() {
    return scheduler(settings().parameters());
  }

  /** The scheduler of sessions, of their replay by {@code doctor --rebuild}, and of statistics. */
  public static Scheduler scheduler(FsrsParameters parameters) {
    return new Scheduler(parameters, FUZZ_SEED);
  }

  /** Where progress is kept: --data, else $RETAIN_DATA, else the XDG data folder. */
  public Path dataDirectory() {
    return options.dataDirectory(environment);
  }

  /**
   * How the browsing commands (stats, decks, show) draw: colour only for a person at a terminal;
   * Unicode block characters unless colour is turned off (--no-color, NO_COLOR) or the terminal is
   * dumb, so piped output keeps its charts but no escape codes.
   */
  Look look() {
    boolean allowed = options.colour(environment);
    boolean dumb = environment.variable("TERM").filter("dumb"::equals).isPresent();
    return new Look(allowed && !dumb, allowed && !dumb && environment.interactive());
  }
}
