package retain.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * One schedulable item of a deck, as the study queue sees it.
 *
 * @param id the item's id, unique among the items planned together (e.g. deck/card)
 * @param topic the card's topic, if it has one
 * @param state the item's schedule; empty if it was never studied
 */
public record QueueItem(String id, Optional<String> topic, Optional<CardState> state) {

  public QueueItem {
    if (id.isBlank()) {
      throw new IllegalArgumentException("item id must not be blank, got '" + id + "'");
    }
    Objects.requireNonNull(topic, "topic (use Optional.empty())");
    Objects.requireNonNull(state, "state (use Optional.empty())");
  }

  /**
   * The card the item belongs to: the id without a cloze blank's {@code .n}. Items of one card are
   * siblings: each gives the others away, so a study day asks only one of them.
   */
  public String card() {
    return cardOf(id);
  }

  /** The card of the item {@code itemId}, as {@link #card}. */
  public static String cardOf(String itemId) {
    int dot = itemId.lastIndexOf('.');
    return dot < 0 ? itemId : itemId.substring(0, dot);
  }

  /** Whether the item was never studied: no state, or a state still New. */
  public boolean isNew() {
    return state.map(s -> s.state() == State.NEW).orElse(true);
  }

  /** Whether the item is on a learning or relearning step. */
  public boolean isLearning() {
    return state
        .map(s -> s.state() == State.LEARNING || s.state() == State.RELEARNING)
        .orElse(false);
  }

  /** This item with the schedule it has after a review. */
  public QueueItem withState(CardState after) {
    return new QueueItem(id, topic, Optional.of(after));
  }
}
