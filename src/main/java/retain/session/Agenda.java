package retain.session;

import java.time.Instant;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.QueueItem;

/** What a session asks next: the FSRS study queue, or a quiz's fixed sample. */
interface Agenda {

  /** The item to ask at {@code now}; empty when the session is over. */
  Optional<QueueItem> next(Instant now);

  /** {@code item} was answered and is now scheduled as {@code after}. */
  void answered(QueueItem item, CardState after);

  /** {@code item} was skipped: not asked again this session. */
  void skipped(QueueItem item);

  /** An answer was taken back: {@code item}, with its state restored, is asked next. */
  void undone(QueueItem item);

  /** How many items are still to come, as far as is known now. */
  int remaining();
}
