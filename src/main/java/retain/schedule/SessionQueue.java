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
 * <p>Nothing at all once {@code questionsLeft} questions were asked (answered or skipped): {@code
 * --limit N} means N questions, whether they are new, due or back from a step.
 *
 * @param planned items still to ask, in planned order
 * @param waiting cards on a step, with how many cards were asked since each was answered
 * @param questionsLeft how many more questions the session may ask
 */
public record SessionQueue(List<QueueItem> planned, List<Waiting> waiting, int questionsLeft) {

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
    if (questionsLeft < 0) {
      throw new IllegalArgumentException("questions left must be >= 0, got " + questionsLeft);
    }
  }

  /** A queue without a question limit. */
  public SessionQueue(List<QueueItem> planned, List<Waiting> waiting) {
    this(planned, waiting, Integer.MAX_VALUE);
  }

  /**
   * The session for a plan: its items, and its learning cards due later today as waiting, asking at
   * most {@code limit} questions.
   */
  public static SessionQueue of(StudyQueue plan, int limit) {
    return new SessionQueue(
        plan.items(),
        plan.learningLaterToday().stream().map(i -> new Waiting(i, GAP)).toList(),
        limit);
  }

  /** The item to ask at {@code now}, by the rule above; empty when the session is over. */
  public Optional<QueueItem> next(Instant now) {
    if (questionsLeft == 0) {
      return Optional.empty();
    }
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
   * step. Its planned siblings not on a step are buried until another day: they would be asked with
   * their answer just seen.
   */
  public SessionQueue answered(QueueItem asked, CardState after) {
    List<QueueItem> rest =
        planned.stream()
            .filter(item -> !item.id().equals(asked.id()))
            .filter(item -> item.isLearning() || !item.card().equals(asked.card()))
            .toList();
    List<Waiting> stillWaiting = new ArrayList<>();
    for (Waiting w : waiting) {
      if (!w.item().id().equals(asked.id())) {
        stillWaiting.add(new Waiting(w.item(), w.cardsSince() + 1));
      }
    }
    QueueItem answered = asked.withState(after);
    if (answered.isLearning()) {
      stillWaiting.add(new Waiting(answered, 0));
    }
    return new SessionQueue(rest, stillWaiting, Math.max(0, questionsLeft - 1));
  }

  /**
   * The queue without {@code skipped}, which keeps its schedule and is not asked again; it counts
   * as a question asked.
   */
  public SessionQueue skipped(QueueItem skipped) {
    return new SessionQueue(
        planned.stream().filter(item -> !item.id().equals(skipped.id())).toList(),
        waiting.stream().filter(w -> !w.item().id().equals(skipped.id())).toList(),
        Math.max(0, questionsLeft - 1));
  }

  /**
   * The queue after an answer to {@code item} was taken back: it is asked next, with its state
   * restored, and its question no longer counts as asked.
   */
  public SessionQueue undone(QueueItem item) {
    List<QueueItem> first = new ArrayList<>(List.of(item));
    planned.stream().filter(other -> !other.id().equals(item.id())).forEach(first::add);
    return new SessionQueue(
        first,
        waiting.stream().filter(w -> !w.item().id().equals(item.id())).toList(),
        questionsLeft == Integer.MAX_VALUE ? questionsLeft : questionsLeft + 1);
  }

  /** How many questions are still to come, as far as is known now. */
  public int remaining() {
    return (int) Math.min(questionsLeft, (long) planned.size() + waiting.size());
  }

  /** Whether nothing is left to ask, now or later. */
  public boolean isEmpty() {
    return questionsLeft == 0 || planned.isEmpty() && waiting.isEmpty();
  }
}
