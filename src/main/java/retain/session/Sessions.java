package retain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import retain.deck.CardType;
import retain.deck.Item;
import retain.schedule.DailyProgress;
import retain.schedule.QueueItem;
import retain.schedule.QueuePlanner;
import retain.schedule.StudyQueue;
import retain.store.CardKey;
import retain.store.DailyCounts;
import retain.store.DueStates;
import retain.store.Mode;
import retain.store.ReviewFilter;
import retain.store.StoredCardState;

/** The two kinds of session: FSRS study, and a quiz over a sample. */
public final class Sessions {

  private Sessions() {}

  /**
   * A study session: due learning cards, then due reviews, then new cards up to today's limit, as
   * {@code planner} orders them for the items with one of {@code topics} (all when empty).
   */
  public static Summary study(
      Session.Setup setup,
      QueuePlanner planner,
      Set<String> topics,
      Integer limit,
      long seed,
      Console console) {
    StudyQueue plan = plan(setup, planner, topics, limit, seed);
    if (plan.isEmpty()) {
      // an empty session's summary ("0 answered in 0 s") says nothing; when to come back does
      console.notice(NextStudy.nothingToStudy(setup, topics));
      return new Summary(setup.deck().id(), 0, 0, 0, Duration.ZERO, List.of(), 0, false);
    }
    return Session.run(setup, Mode.STUDY, new StudyAgenda(plan, limit), console);
  }

  /** What {@link #study} asks, at most {@code limit} items; public for the benchmarks. */
  public static StudyQueue plan(
      Session.Setup setup, QueuePlanner planner, Set<String> topics, int limit, long seed) {
    Instant now = setup.clock().instant();
    Instant dayStart = setup.day().start(now);
    DailyCounts today = setup.store().dailyCounts(setup.deck().id(), dayStart);
    StudyQueue plan =
        planner.plan(
            dueOrNew(setup, setup.day().end(now)),
            topics,
            new DailyProgress(today.newCards(), today.reviews(), cardsAsked(setup, dayStart)),
            now,
            seed);
    return plan.items().size() > limit
        ? new StudyQueue(plan.items().subList(0, limit), plan.learningLaterToday())
        : plan;
  }

  /** The cards with an item answered since {@code dayStart}: their siblings wait a day. */
  private static Set<String> cardsAsked(Session.Setup setup, Instant dayStart) {
    Set<String> cards = new HashSet<>();
    setup
        .store()
        .forEachReview(
            new ReviewFilter(
                Optional.of(setup.deck().id()), Optional.empty(), Optional.of(dayStart)),
            review -> {
              if (review.rating().isPresent()) {
                cards.add(QueueItem.cardOf(review.item()));
              }
            });
    return cards;
  }

  /**
   * A quiz: {@code count} items sampled from those with one of {@code topics} and {@code types}
   * (all when empty), asked once each; the answers update the schedule like any review.
   */
  public static Summary quiz(
      Session.Setup setup, Set<String> topics, Set<CardType> types, int count, Console console) {
    List<Item> scope =
        new ArrayList<>(
            setup.deck().items().stream()
                .filter(
                    item ->
                        topics.isEmpty()
                            || item.card().meta().topic().filter(topics::contains).isPresent())
                .filter(item -> types.isEmpty() || types.contains(item.card().type()))
                .toList());
    for (int i = scope.size() - 1; i > 0; i--) {
      Collections.swap(scope, i, setup.random().nextInt(i + 1));
    }
    // the states of the sampled items only: reading every state took a second over 10^6 reviews
    List<QueueItem> sample =
        scope.subList(0, Math.min(count, scope.size())).stream()
            .map(
                item ->
                    new QueueItem(
                        item.id(),
                        item.card().meta().topic(),
                        setup
                            .store()
                            .cardState(new CardKey(setup.deck().id(), item.id()))
                            .map(StoredCardState::state)))
            .toList();
    return Session.run(setup, Mode.QUIZ, new QuizAgenda(sample), console);
  }

  /**
   * The deck's items a study day may ask: those due before {@code dayEnd} and the new ones. The
   * rest are left out before planning, which would skip them anyway; a large collection is then
   * never read in full (issue 8).
   */
  private static List<QueueItem> dueOrNew(Session.Setup setup, Instant dayEnd) {
    DueStates states = setup.store().dueStates(setup.deck().id(), dayEnd);
    return setup.deck().items().stream()
        .filter(item -> !states.later().contains(item.id()))
        .map(
            item ->
                new QueueItem(
                    item.id(),
                    item.card().meta().topic(),
                    Optional.ofNullable(states.due().get(item.id())).map(StoredCardState::state)))
        .toList();
  }
}
