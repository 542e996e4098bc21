package retain.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.deck.Deck;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.store.Mode;
import retain.store.ReviewFilter;
import retain.store.SessionRecord;
import retain.store.Store;

/** Computes the dashboard of {@code retain stats} from the decks and the store, reading only. */
public final class Statistics {

  /** How many of the latest quiz and exam scores the trend shows. */
  public static final int SCORES = 12;

  private final Scheduler scheduler;
  private final StudyDay day;
  private final Instant now;

  /**
   * @param scheduler gives the retrievability of each item now
   * @param day decides where study days begin, for due counts and the calendar
   */
  public Statistics(Scheduler scheduler, StudyDay day, Instant now) {
    this.scheduler = scheduler;
    this.day = day;
    this.now = now;
  }

  /**
   * The dashboard for {@code decks}: the history is the one deck's when {@code deck} is given, else
   * every review in the store, including those of decks no longer found.
   *
   * @param store empty when there is no store yet: nothing was ever reviewed
   */
  public Dashboard dashboard(List<Deck> decks, Optional<String> deck, Optional<Store> store) {
    ItemTally items = items(decks, store);
    ReviewTally history = new ReviewTally(day, now);
    store.ifPresent(
        present ->
            present.forEachReview(
                new ReviewFilter(deck, Optional.empty(), Optional.empty()), history::accept));
    return new Dashboard(
        deck,
        now,
        items.today(),
        history.reviews(),
        items.cards(),
        items.due(),
        history.retention(),
        history.heatmap(),
        items.forecast(),
        items.topics(),
        scores(store.map(present -> present.sessions(deck)).orElse(List.of())));
  }

  /**
   * Items of {@code decks} due before today's study day ends, overdue ones included: the count the
   * REPL prompt shows, the sum of the DUE column of {@code retain decks} and the "today" of this
   * dashboard, so all three agree at one {@code --now}. Stored ids that no deck has are not
   * counted.
   */
  public int dueToday(List<Deck> decks, Optional<Store> store) {
    return items(decks, store).due().today();
  }

  private ItemTally items(List<Deck> decks, Optional<Store> store) {
    ItemTally items = new ItemTally(scheduler, day, now);
    decks.forEach(
        one -> items.add(one, store.map(present -> present.cardStates(one.id())).orElse(Map.of())));
    return items;
  }

  private List<ScorePoint> scores(List<SessionRecord> sessions) {
    List<ScorePoint> scored =
        sessions.stream()
            .filter(session -> session.mode() != Mode.STUDY && session.max() > 0)
            .filter(session -> !session.started().isAfter(now))
            .map(
                session ->
                    new ScorePoint(
                        session.id(),
                        session.deck(),
                        session.mode(),
                        session.started(),
                        Math.min(100, session.percent())))
            .toList();
    return scored.subList(Math.max(0, scored.size() - SCORES), scored.size());
  }
}
