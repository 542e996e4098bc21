package retain.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The learning and relearning step machine of ts-fsrs 5.4.2 (fsrs-spec §5.2). */
final class LearningSteps {

  /** A wait of a day or more makes the card a Review card at once (fsrs-spec §5.2, edge case). */
  private static final long DAY_MINUTES = Duration.ofDays(1).toMinutes();

  private LearningSteps() {}

  /** A wait on a step: minutes, rounded half up (§8.8), and the step index it leads to. */
  private record Wait(long minutes, int nextStep) {}

  /**
   * The card after {@code grade} with its new {@code memory}: waiting on a step in {@code
   * waitingState}, or graduated to Review with interval(S) and no ordering (§8.10).
   */
  static CardState apply(
      ReviewContext review, MemoryState memory, Rating grade, State waitingState, int lapses) {
    Optional<Wait> next = waitFor(review.card(), grade, review.parameters());
    if (next.isEmpty()) {
      return review.inReview(memory, review.interval(memory), lapses);
    }
    Wait wait = next.get();
    var due = review.now().plus(Duration.ofMinutes(wait.minutes()));
    if (wait.minutes() < DAY_MINUTES) {
      return review.after(waitingState, memory, due, 0, wait.nextStep(), lapses);
    }
    int days = (int) (wait.minutes() / DAY_MINUTES);
    return review.after(State.REVIEW, memory, due, days, wait.nextStep(), lapses);
  }

  /**
   * fsrs-spec §5.2: Again waits steps[0]; Hard waits round(1.5·steps[0]) with one step, else
   * round((steps[0] + steps[1])/2), whatever the current step; Good moves to the next step; Easy,
   * Good on the last step, or a step index past the list graduate (empty). A Review card lapsing
   * starts the relearning steps at 0.
   */
  private static Optional<Wait> waitFor(CardState card, Rating grade, FsrsParameters p) {
    boolean relearning = card.state() == State.REVIEW || card.state() == State.RELEARNING;
    List<Duration> steps = relearning ? p.relearningSteps() : p.learningSteps();
    int current = card.state() == State.REVIEW ? 0 : card.step();
    int n = steps.size();
    if (n == 0 || current >= n) {
      return Optional.empty();
    }
    long first = steps.get(0).toMinutes();
    return switch (grade) {
      case AGAIN -> Optional.of(new Wait(first, 0));
      case HARD -> Optional.of(new Wait(hardMinutes(steps), current));
      case GOOD ->
          current + 1 < n
              ? Optional.of(new Wait(steps.get(current + 1).toMinutes(), current + 1))
              : Optional.empty();
      case EASY -> Optional.empty();
    };
  }

  private static long hardMinutes(List<Duration> steps) {
    long first = steps.get(0).toMinutes();
    return steps.size() == 1
        ? Math.round(first * 1.5)
        : Math.round((first + steps.get(1).toMinutes()) / 2.0);
  }
}
