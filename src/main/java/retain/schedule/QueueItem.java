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

  /** Whether the item was never studied: no state, or a state still New. */
  public boolean isNew() {
    return state.map(s -> s.state() == State.NEW).orElse(true);
  }

  /** This item with the schedule it has after a review. */
  public QueueItem withState(CardState after) {
    return new QueueItem(id, topic, Optional.of(after));
  }
}
