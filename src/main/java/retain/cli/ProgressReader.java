package retain.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads the stored progress for the browsing commands (decks, show), read-only: the store when
 * there is one (never created), counted at the run's clock and study day.
 */
final class ProgressReader implements AutoCloseable {

  private final RunContext context;
  private final Optional<Store> store;

  ProgressReader(RunContext context) {
    this.context = context;
    // config.yaml first: its errors are reported before the store is opened
    context.clock();
    this.store = Store.openReadOnly(context.dataDirectory());
  }

  Clock clock() {
    return context.clock();
  }

  Scheduler scheduler() {
    return context.scheduler();
  }

  /** "exam in 9 days" while config.yaml's exam is ahead. */
  Optional<String> examCountdown() {
    StudyDay day = context.day();
    return context
        .settings()
        .exam()
        .flatMap(exam -> Countdown.text(day.startOf(exam), clock().instant(), day));
  }

  /** The stored states of a deck's items by item id; empty when nothing was reviewed. */
  Map<String, StoredCardState> states(Deck deck) {
    return store.map(present -> present.cardStates(deck.id())).orElse(Map.of());
  }

  /** One deck's items counted by state and due day. */
  ItemTally tally(Deck deck) {
    return new ItemTally(scheduler(), context.day(), clock().instant()).add(deck, states(deck));
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
