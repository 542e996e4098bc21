package retain.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.deck.Deck;
import retain.deck.Item;
import retain.schedule.CardState;
import retain.schedule.Scheduler;
import retain.schedule.State;
import retain.schedule.StudyDay;
import retain.store.StoredCardState;

/**
 * Counts the items of some decks by state, by the study day they are due, and by topic. Items the
 * store knows but the decks no longer have are not counted: they cannot be studied.
 */
public final class ItemTally {

  private final Scheduler scheduler;
  private final StudyDay day;
  private final Instant now;
  private final int[] byState = new int[4];
  private final int[] forecast = new int[Dashboard.FORECAST_DAYS];
  private final Map<Optional<String>, Topic> topics = new LinkedHashMap<>();

  /** A tally of what is due from the study day holding {@code now}. */
  public ItemTally(Scheduler scheduler, StudyDay day, Instant now) {
    this.scheduler = scheduler;
    this.day = day;
    this.now = now;
  }

  /** Counts every item of {@code deck}, with {@code states} as the store has them by item id. */
  public ItemTally add(Deck deck, Map<String, StoredCardState> states) {
    for (Item item : deck.items()) {
      Optional<CardState> state =
          Optional.ofNullable(states.get(item.id())).map(StoredCardState::state);
      add(item, state.filter(s -> s.state() != State.NEW));
    }
    return this;
  }

  private void add(Item item, Optional<CardState> state) {
    Topic topic = topics.computeIfAbsent(item.card().meta().topic(), name -> new Topic());
    topic.items++;
    if (state.isEmpty()) {
      byState[0]++;
      return;
    }
    CardState card = state.get();
    boolean mature = isMature(card);
    byState[card.state() == State.REVIEW ? (mature ? 3 : 2) : 1]++;
    topic.mature += mature ? 1 : 0;
    topic.recall += scheduler.retrievability(card, now).orElse(0);
    long days = ChronoUnit.DAYS.between(day.dateOf(now), day.dateOf(card.due()));
    if (days < forecast.length) {
      forecast[(int) Math.max(0, days)]++;
    }
  }

  /** Whether a card is in review with an interval of 21 days or more (Anki's "mature"). */
  public static boolean isMature(CardState card) {
    return card.state() == State.REVIEW && card.scheduledDays() >= StateCounts.MATURE_DAYS;
  }

  /** The items by state. */
  public StateCounts cards() {
    return new StateCounts(byState[0], byState[1], byState[2], byState[3]);
  }

  /** Items due today, tomorrow and in the seven study days from today. */
  public DueCounts due() {
    int week = 0;
    for (int i = 0; i < 7; i++) {
      week += forecast[i];
    }
    return new DueCounts(forecast[0], forecast[1], week);
  }

  /** Items due on each of the next 14 study days; overdue items count as due today. */
  public List<Integer> forecast() {
    List<Integer> days = new ArrayList<>();
    for (int count : forecast) {
      days.add(count);
    }
    return days;
  }

  /** Mastery per topic, weakest first, then by name; the items without a topic come last. */
  public List<TopicMastery> topics() {
    List<TopicMastery> mastery = new ArrayList<>();
    topics.forEach(
        (name, topic) ->
            mastery.add(
                new TopicMastery(
                    name,
                    topic.items,
                    topic.recall / topic.items,
                    (double) topic.mature / topic.items)));
    mastery.sort(
        Comparator.comparingDouble(TopicMastery::retrievability)
            .thenComparing(m -> m.topic().isEmpty())
            .thenComparing(m -> m.topic().orElse("")));
    return Collections.unmodifiableList(mastery);
  }

  /** The study day the forecast starts on. */
  public LocalDate today() {
    return day.dateOf(now);
  }

  private static final class Topic {
    int items;
    int mature;
    double recall;
  }
}
