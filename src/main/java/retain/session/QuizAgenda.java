package retain.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.QueueItem;

/** A quiz: a fixed sample asked once each, scored as a round. */
final class QuizAgenda implements Agenda {

  private final List<QueueItem> items;

  QuizAgenda(List<QueueItem> sample) {
    this.items = new ArrayList<>(sample);
  }

  @Override
  public Optional<QueueItem> next(Instant now) {
    return items.stream().findFirst();
  }

  @Override
  public void answered(QueueItem item, CardState after) {
    remove(item);
  }

  @Override
  public void skipped(QueueItem item) {
    remove(item);
  }

  @Override
  public void undone(QueueItem item) {
    remove(item);
    items.add(0, item);
  }

  private void remove(QueueItem item) {
    items.removeIf(other -> other.id().equals(item.id()));
  }

  @Override
  public int remaining() {
    return items.size();
  }
}
