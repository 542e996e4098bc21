package retain.session;

import java.time.Instant;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.QueueItem;
import retain.schedule.SessionQueue;
import retain.schedule.StudyQueue;

/** The FSRS study queue: cards answered wrong come back in the same session. */
final class StudyAgenda implements Agenda {

  private SessionQueue queue;

  StudyAgenda(StudyQueue plan, int limit) {
    this.queue = SessionQueue.of(plan, limit);
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
    queue = queue.undone(item);
  }

  @Override
  public int remaining() {
    return queue.remaining();
  }
}
