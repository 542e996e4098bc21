package retain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rest of a running session, immutable: the planned items still to ask and the cards waiting on
 * a learning or relearning step, such as a card just answered Again.
 *
 * <p>The rule for what comes next ({@link #next}):
 *
 * <ol>
 *   <li>a waiting card whose step is due, earliest first;
 *   <li>otherwise the next planned item;
 *   <li>otherwise, when nothing else is left, a waiting card due within {@link #LEARN_AHEAD} is
 *       asked early rather than making the user wait, preferring one that has had {@link #GAP}
 *       other cards since its last answer (then the earliest due); if none has, the one answered
 *       longest ago;
 *   <li>otherwise nothing: the session is over, and the store keeps the remaining steps' due times.
 * </ol>
 *
 * @param planned items still to ask, in planned order
 * @param waiting cards on a step, with how many cards were asked since each was answered
 */
public record SessionQueue(List<QueueItem> planned, List<Waiting> waiting) {

  /** How many other cards a card answered Again should see pass before it is asked early. */
  public static final int GAP = 3;

  /** How far ahead a step may be brought forward when nothing else is left (Anki's default). */
  public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

  /**
   * A card waiting on a step.
   *
   * @param cardsSince cards asked since this one was last answered
   */
  public record Waiting(QueueItem item, int cardsSince) {
    Instant due() {
      return item.state().orElseThrow().due();
    }
  }

  private static final Comparator<Waiting> BY_DUE = Comparator.comparing(Waiting::due);

  public SessionQueue {
    planned = List.copyOf(planned);
    waiting = List.copyOf(waiting);
  }

  /** The session for a plan: its items, and its learning cards due later today as waiting. */
  public static SessionQueue of(StudyQueue plan) {
    return new SessionQueue(
        plan.items(), plan.learningLaterToday().stream().map(i -> new Waiting(i, GAP)).toList());
  }

  /** The item to ask at {@code now}, by the rule above; empty when the session is over. */
  public Optional<QueueItem> next(Instant now) {
    Optional<Waiting> due = waiting.stream().filter(w -> !w.due().isAfter(now)).min(BY_DUE);
    if (due.isPresent()) {
      return due.map(Waiting::item);
    }
    if (!planned.isEmpty()) {
      return Optional.of(planned.get(0));
    }
    Instant horizon = now.plus(LEARN_AHEAD);
    List<Waiting> soon = waiting.stream().filter(w -> !w.due().isAfter(horizon)).toList();
    return soon.stream()
        .filter(w -> w.cardsSince() >= GAP)
        .min(BY_DUE)
        .or(
            () ->
                soon.stream()
                    .max(
                        Comparator.comparingInt(Waiting::cardsSince)
                            .thenComparing(BY_DUE.reversed())))
        .map(Waiting::item);
  }

  /**
   * The queue after {@code asked} was answered and now has schedule {@code after}: it leaves the
   * queue, the others' counts grow by one, and it waits again if it is on a learning or relearning
   * step.
   */
  public SessionQueue answered(QueueItem asked, CardState after) {
    List<QueueItem> rest = planned.stream().filter(item -> !item.id().equals(asked.id())).toList();
    List<Waiting> stillWaiting = new ArrayList<>();
    for (Waiting w : waiting) {
      if (!w.item().id().equals(asked.id())) {
        stillWaiting.add(new Waiting(w.item(), w.cardsSince() + 1));
      }
    }
    if (after.state() == State.LEARNING || after.state() == State.RELEARNING) {
      stillWaiting.add(new Waiting(asked.withState(after), 0));
    }
    return new SessionQueue(rest, stillWaiting);
  }

  /** The queue without {@code skipped}, which keeps its schedule and is not asked again. */
  public SessionQueue skipped(QueueItem skipped) {
    return new SessionQueue(
        planned.stream().filter(item -> !item.id().equals(skipped.id())).toList(),
        waiting.stream().filter(w -> !w.item().id().equals(skipped.id())).toList());
  }

  /** Whether nothing is left to ask, now or later. */
  public boolean isEmpty() {
    return planned.isEmpty() && waiting.isEmpty();
  }
}
