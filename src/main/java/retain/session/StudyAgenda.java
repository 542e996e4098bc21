package retain.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.QueueItem;
import retain.schedule.SessionQueue;
import retain.schedule.StudyQueue;

/** The FSRS study queue: cards answered wrong come back in the same session. */
final class StudyAgenda implements Agenda {

  private SessionQueue queue;

  StudyAgenda(StudyQueue plan) {
    this.queue = SessionQueue.of(plan);
  }

  @Override
  public Optional<QueueItem> next(Instant now) {
    return queue.next(now);
  }

  @Override
  public void answered(QueueItem item, CardState after) {
    queue = queue.answered(item, after);
  }

  @Override
  public void skipped(QueueItem item) {
    queue = queue.skipped(item);
  }

  @Override
  public void undone(QueueItem item) {
    SessionQueue without = queue.skipped(item);
    List<QueueItem> planned = new ArrayList<>(List.of(item));
    planned.addAll(without.planned());
    queue = new SessionQueue(planned, without.waiting());
  }

  @Override
  public int remaining() {
    return queue.planned().size() + queue.waiting().size();
  }
}
