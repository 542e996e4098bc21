package retain.cli;

import java.time.Clock;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import retain.config.Settings;
import retain.deck.Deck;
import retain.schedule.FsrsParameters;
import retain.schedule.StudyDay;
import retain.session.Console;
import retain.session.Session;
import retain.session.Summary;

/** What study and quiz share: the store, the settings, the clock, the seed and the console. */
final class Studying implements AutoCloseable {

  private final RetainCommand root;
  private final CommandSpec spec;
  private final RunContext context;
  private final long seed;
  // one console for every deck of `study A B`: a reader per deck would lose the lines the first
  // one buffered ahead, and with them the answers piped for the next deck
  private final Console console;
  private final StoreAhead stores;

  Studying(RetainCommand root, CommandSpec spec) {
    this.root = root;
    this.spec = spec;
    this.context = root.context(spec);
    Clock clock = context.clock();
    this.seed = root.global().seed().orElseGet(clock::millis);
    this.console =
        root.consoles()
            .open(clock, spec.commandLine().getOut(), root.global().colour(root.environment()));
    this.stores = new StoreAhead(context.dataDirectory());
  }

  Settings settings() {
    return context.settings();
  }

  long seed() {
    return seed;
  }

  StudyDay day() {
    return context.day();
  }

  /** Runs {@code session} on {@code deck}; returns its summary. */
  Summary run(
      Deck deck, FsrsParameters parameters, BiFunction<Session.Setup, Console, Summary> session) {
    Renames.follow(stores.get(), deck, spec.commandLine().getErr());
    var setup =
        new Session.Setup(
            deck,
            stores.get(),
            RunContext.scheduler(parameters),
            day(),
            context.clock(),
            root.global().random(root.environment()));
    return session.apply(setup, console);
  }

  @Override
  public void close() {
    stores.close();
  }
}
