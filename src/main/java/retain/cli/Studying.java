package retain.cli;

import java.time.Clock;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import retain.config.Settings;
import retain.deck.Deck;
import retain.schedule.FsrsParameters;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.session.Console;
import retain.session.Session;
import retain.session.Summary;

/** What study and quiz share: the store, the settings, the clock, the seed and the console. */
final class Studying implements AutoCloseable {

  /**
   * The fuzz seed of every scheduled review. It is fixed, not --seed: the fuzz then depends only on
   * the review (its time, the card's reps and D·S, which ts-fsrs also seeds its fuzz with), so
   * {@code doctor --rebuild} replays the stored intervals exactly (design §5).
   */
  private static final long FUZZ_SEED = 0;

  private final RetainCommand root;
  private final CommandSpec spec;
  private final Settings settings;
  private final Clock clock;
  private final long seed;
  // one console for every deck of `study A B`: a reader per deck would lose the lines the first
  // one buffered ahead, and with them the answers piped for the next deck
  private final Console console;
  private final StoreAhead stores;

  Studying(RetainCommand root, CommandSpec spec) {
    this.root = root;
    this.spec = spec;
    this.settings = ConfigFile.load(root.environment(), spec.commandLine().getErr());
    this.clock = root.global().clock(root.environment(), settings.dayStartsAt());
    this.seed = root.global().seed().orElseGet(clock::millis);
    this.console =
        root.consoles()
            .open(clock, spec.commandLine().getOut(), root.global().colour(root.environment()));
    this.stores = new StoreAhead(root.global().dataDirectory(root.environment()));
  }

  Settings settings() {
    return settings;
  }

  long seed() {
    return seed;
  }

  /** The scheduler of sessions and of their replay by {@code doctor --rebuild}. */
  static Scheduler scheduler(FsrsParameters parameters) {
    return new Scheduler(parameters, FUZZ_SEED);
  }

  StudyDay day() {
    return new StudyDay(clock.getZone(), settings.dayStartsAt());
  }

  /** Runs {@code session} on {@code deck}; returns its summary. */
  Summary run(
      Deck deck, FsrsParameters parameters, BiFunction<Session.Setup, Console, Summary> session) {
    Renames.follow(stores.get(), deck, spec.commandLine().getErr());
    var setup =
        new Session.Setup(
            deck,
            stores.get(),
            scheduler(parameters),
            day(),
            clock,
            root.global().random(root.environment()));
    return session.apply(setup, console);
  }

  @Override
  public void close() {
    stores.close();
  }
}
