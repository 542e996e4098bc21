package retain.readiness;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import retain.schedule.CardState;

/**
 * One item's outlook for the exam day.
 *
 * @param item the item id ({@code card} or {@code card.2})
 * @param topic the card's topic, if it has one
 * @param type the card's kind, as written in a deck
 * @param state the card's FSRS state when the forecast was made, empty for a card never seen
 * @param recall the probability of recalling it when the exam begins; empty for a card never seen,
 *     which counts as not known
 * @param guess the chance of scoring it with no knowledge at all (one in the number of choices for
 *     a choice card, one in two for true/false, 0 for answers that are typed)
 * @param reviews the successful reviews still needed to lift its recall on the exam day to the
 *     target, when each is given on the day the exam-aware schedule asks for it
 */
public record ItemForecast(
    String item,
    Optional<String> topic,
    String type,
    Optional<CardState> state,
    OptionalDouble recall,
    double guess,
    int reviews) {

  /** Whether the student has never been asked this item. */
  public boolean unseen() {
    return recall.isEmpty();
  }

  /** The expected score on the exam: recalled, or else guessed right; an unseen item is guessed. */
  public double expectedScore() {
    double known = recall.orElse(0);
    return known + (1 - known) * guess;
  }

  /** When the item was last reviewed; empty for an unseen item. */
  public Optional<Instant> lastReview() {
    return state.flatMap(CardState::lastReview);
  }
}
