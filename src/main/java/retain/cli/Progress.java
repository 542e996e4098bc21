package retain.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import retain.config.Settings;
import retain.deck.Deck;
import retain.readiness.Countdown;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.stats.ItemTally;
import retain.store.ReviewFilter;
import retain.store.ReviewRecord;
import retain.store.Store;
import retain.store.StoredCardState;

/**
 * Read-only access to the progress for the browsing commands (decks, show): the store when there is
 * one (never created), the settings, the clock and the study day.
 */
final class Progress implements AutoCloseable {

  private final Optional<Store> store;
  private final Clock clock;
  private final Scheduler scheduler;
  private final StudyDay day;
  private final Settings settings;

  Progress(RetainCommand root, CommandSpec spec) {
    this.settings = ConfigFile.load(root.environment(), spec.commandLine().getErr());
    this.clock = root.global().clock(root.environment(), settings.dayStartsAt());
    this.scheduler = new Scheduler(settings.parameters(), 0);
    this.day = new StudyDay(clock.getZone(), settings.dayStartsAt());
    this.store = Store.openReadOnly(root.global().dataDirectory(root.environment()));
  }

  Clock clock() {
    return clock;
  }

  Scheduler scheduler() {
    return scheduler;
  }

  /** "exam in 9 days" while config.yaml's exam is ahead. */
  Optional<String> examCountdown() {
    return settings.exam().flatMap(exam -> Countdown.text(day.startOf(exam), clock.instant(), day));
  }

  /** The stored states of a deck's items by item id; empty when nothing was reviewed. */
  Map<String, StoredCardState> states(Deck deck) {
    return store.map(present -> present.cardStates(deck.id())).orElse(Map.of());
  }

  /** One deck's items counted by state and due day. */
  ItemTally tally(Deck deck) {
    return new ItemTally(scheduler, day, clock.instant()).add(deck, states(deck));
  }

  /** The reviews of one item, oldest first. */
  List<ReviewRecord> reviews(Deck deck, String item) {
    return store
        .map(
            present ->
                present.reviews(
                    new ReviewFilter(Optional.of(deck.id()), Optional.of(item), Optional.empty())))
        .orElse(List.of());
  }

  @Override
  public void close() {
    store.ifPresent(Store::close);
  }
}
