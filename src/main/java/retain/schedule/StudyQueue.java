package retain.schedule;

import java.util.List;

/**
 * A planned study session.
 *
 * @param items the items to ask, in order: due learning cards, then due reviews with new cards
 *     spread among them
 * @param learningLaterToday learning and relearning cards due later this study day, earliest first;
 *     a {@link SessionQueue} asks them once their step is due
 */
public record StudyQueue(List<QueueItem> items, List<QueueItem> learningLaterToday) {

  public StudyQueue {
    items = List.copyOf(items);
    learningLaterToday = List.copyOf(learningLaterToday);
  }

  /** Whether there is nothing to study today. */
  public boolean isEmpty() {
    return items.isEmpty() && learningLaterToday.isEmpty();
  }
}
