package retain.readiness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Deck;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;
import retain.schedule.CardState;
import retain.schedule.ExamAim;
import retain.schedule.Rating;
import retain.schedule.State;

/**
 * Forecasts the exam day from the decks and their FSRS states (docs/readiness.md). Recall on the
 * exam day is the FSRS-6 forgetting curve at the exam, from the item's stability and last review;
 * the reviews still needed are counted by replaying the exam-aware schedule with successful
 * reviews, using the scheduler's own formulas.
 */
public final class Readiness {

  /** A replay gives up after this many reviews: a target no schedule reaches before the exam. */
  private static final int MAX_REVIEWS = 30;

  private final ExamAim aim;

  public Readiness(ExamAim aim) {
    this.aim = aim;
  }

  /**
   * The forecast at {@code now}.
   *
   * @param decks the decks asked about, in order
   * @param states each deck's stored states by item id (an item missing here was never studied)
   * @param perDay the student's daily budget of reviews, if given
   */
  public Forecast forecast(
      List<Deck> decks,
      Map<String, Map<String, CardState>> states,
      Instant now,
      OptionalInt perDay) {
    List<ItemForecast> items = new ArrayList<>();
    int unseenReviews = -1; // every unseen item replays alike from now: computed once
    for (Deck deck : decks) {
      Map<String, CardState> known = states.getOrDefault(deck.id(), Map.of());
      for (Item item : deck.items()) {
        Optional<CardState> state =
            Optional.ofNullable(known.get(item.id())).filter(card -> card.state() != State.NEW);
        int reviews;
        if (state.isPresent()) {
          reviews = reviewsNeeded(state.get(), now);
        } else {
          if (unseenReviews < 0) {
            unseenReviews = reviewsNeeded(CardState.newCard(now), now);
          }
          reviews = unseenReviews;
        }
        OptionalDouble recall = state.isPresent() ? recall(state.get()) : OptionalDouble.empty();
        items.add(
            new ItemForecast(
                item.id(),
                item.card().meta().topic(),
                item.card().type().key(),
                state,
                recall,
                guess(item),
                reviews));
      }
    }
    return new Forecast(
        now, aim.exam(), aim.target(), aim.studyDaysLeft(now), items, topics(items), perDay);
  }

  /** Recall when the exam begins; 1 for an item last reviewed after that moment. */
  private OptionalDouble recall(CardState card) {
    OptionalDouble recall = aim.recallOnExam(card);
    return recall.isPresent() ? recall : OptionalDouble.of(1);
  }

  /**
   * The chance of scoring an item with no knowledge: one in the number of choices for a choice
   * card, one in two for true/false. Multi, order and match cards also give partial credit to a
   * guess, but a small and answer-dependent one, so they count 0 like typed answers.
   */
  static double guess(Item item) {
    return item.card().accept(new Guess());
  }

  private static final class Guess implements Card.Visitor<Double> {

    @Override
    public Double visit(ShortCard card) {
      return 0.0;
    }

    @Override
    public Double visit(ChoiceCard card) {
      return 1.0 / card.choices().size();
    }

    @Override
    public Double visit(MultiCard card) {
      return 0.0;
    }

    @Override
    public Double visit(TrueFalseCard card) {
      return 0.5;
    }

    @Override
    public Double visit(NumericCard card) {
      return 0.0;
    }

    @Override
    public Double visit(DateCard card) {
      return 0.0;
    }

    @Override
    public Double visit(ClozeCard card) {
      return 0.0;
    }

    @Override
    public Double visit(OrderCard card) {
      return 0.0;
    }

    @Override
    public Double visit(MatchCard card) {
      return 0.0;
    }
  }

  /**
   * Successful reviews until the item's recall on the exam day reaches the target: learning steps
   * first for a card not yet in Review, then each review on the day {@link ExamAim#due} names.
   */
  int reviewsNeeded(CardState start, Instant now) {
    if (!aim.isAhead(now)) {
      return 0;
    }
    CardState card = start;
    Instant when = now;
    int reviews = 0;
    while (reviews < MAX_REVIEWS) {
      if (card.state() == State.REVIEW) {
        if (aim.recallOnExam(card).orElse(0) >= aim.target()) {
          return reviews;
        }
        when = later(when, aim.due(card, when));
      } else if (card.state() != State.NEW) {
        when = later(when, card.due());
      }
      if (!when.isBefore(aim.exam())) {
        return reviews;
      }
      card = aim.scheduler().review(card, Rating.GOOD, when);
      reviews++;
    }
    return reviews;
  }

  private static List<TopicForecast> topics(List<ItemForecast> items) {
    Map<Optional<String>, List<ItemForecast>> byTopic = new LinkedHashMap<>();
    for (ItemForecast item : items) {
      byTopic.computeIfAbsent(item.topic(), topic -> new ArrayList<>()).add(item);
    }
    return byTopic.entrySet().stream()
        .map(entry -> topic(entry.getKey(), entry.getValue()))
        .sorted(java.util.Comparator.comparingDouble(TopicForecast::score))
        .toList();
  }

  private static TopicForecast topic(Optional<String> topic, List<ItemForecast> items) {
    return new TopicForecast(
        topic,
        items.size(),
        (int) items.stream().filter(ItemForecast::unseen).count(),
        items.stream().mapToDouble(item -> item.recall().orElse(0)).average().orElse(0),
        items.stream().mapToDouble(ItemForecast::expectedScore).average().orElse(0),
        (int) items.stream().filter(item -> item.recall().orElse(0) < Forecast.WEAK).count());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
