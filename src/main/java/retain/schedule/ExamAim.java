package retain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Scheduling toward an exam date, within FSRS rather than instead of it (docs/readiness.md): FSRS
 * aims at a steady retention for ever, but a student drilling for an exam needs each card recalled
 * on one day. Every rule here reads the card's FSRS state and the scheduler's own formulas, and
 * none applies once the exam has begun, so scheduling returns to plain FSRS by itself.
 *
 * @param exam the moment the exam begins
 * @param target the recall on the exam day each card should reach, between 0 and 1
 */
public record ExamAim(Scheduler scheduler, StudyDay day, Instant exam, double target) {

  /** The recall on the exam day aimed at unless the student says otherwise. */
  public static final double DEFAULT_TARGET = 0.9;

  public ExamAim {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target must be between 0 and 1, got " + target);
    }
  }

  /** Whether the exam is still ahead at {@code now}; after it, FSRS schedules alone. */
  public boolean isAhead(Instant now) {
    return now.isBefore(exam);
  }

  /** The probability of recalling a card when the exam begins; empty for a card never seen. */
  public OptionalDouble recallOnExam(CardState card) {
    if (card.lastReview().isPresent() && exam.isBefore(card.lastReview().get())) {
      return OptionalDouble.empty();
    }
    return scheduler.retrievability(card, exam);
  }

  /**
   * When a Review card should next be asked: its FSRS due date, or earlier when waiting for it
   * would leave its recall on the exam day below the target. It is then asked on the first study
   * day from which one successful review carries it to the exam above the target: early enough to
   * leave room for relearning if that review fails, late enough to be worth a review. Cards not in
   * Review, and every card once the exam is under way, keep their FSRS date.
   */
  public Instant due(CardState card, Instant now) {
    if (card.state() != State.REVIEW || !isAhead(now) || recallOnExam(card).orElse(0) >= target) {
      return card.due();
    }
    LocalDate first = day.dateOf(now);
    LocalDate last = day.dateOf(exam).minusDays(1);
    if (last.isBefore(first)) {
      return min(card.due(), now);
    }
    // A later successful review always leaves a shorter gap to the exam and, by FSRS's spacing
    // effect, at least as high a stability: the recall it gives on the exam day rises with the day,
    // so the first day that reaches the target is found by bisection.
    LocalDate low = first;
    LocalDate high = last;
    while (low.isBefore(high)) {
      LocalDate middle = low.plusDays((high.toEpochDay() - low.toEpochDay()) / 2);
      if (recallAfterSuccess(card, day.startOf(middle)) >= target) {
        high = middle;
      } else {
        low = middle.plusDays(1);
      }
    }
    return min(card.due(), max(now, day.startOf(low)));
  }

  /**
   * What one review at {@code now} is expected to add to the card's recall on the exam day: the
   * chance of recalling it now times the recall a Good review would leave, plus the chance of
   * forgetting it times what an Again would leave, less the recall without the review. Due cards
   * beyond the day's budget are asked in order of this gain.
   */
  public double gain(CardState card, Instant now) {
    double before = recallOnExam(card).orElse(0);
    if (!isAhead(now)) {
      return 0;
    }
    double recallNow = scheduler.retrievability(card, now).orElse(0);
    Outcomes outcomes = scheduler.outcomes(card, now);
    double after =
        recallNow * recallOnExam(outcomes.good()).orElse(0)
            + (1 - recallNow) * recallOnExam(outcomes.again()).orElse(0);
    return after - before;
  }

  /**
   * How many new cards a day lets {@code unseen} cards all be learnt before the exam day: spread
   * over the study days from today to the day before the exam.
   */
  public int newPerDay(int unseen, Instant now) {
    long days = studyDaysLeft(now);
    return days <= 0 ? unseen : (int) Math.ceil((double) unseen / days);
  }

  /** Study days from today's up to and excluding the exam's. */
  public long studyDaysLeft(Instant now) {
    return Math.max(0, day.dateOf(exam).toEpochDay() - day.dateOf(now).toEpochDay());
  }

  private double recallAfterSuccess(CardState card, Instant when) {
    if (card.lastReview().isPresent() && when.isBefore(card.lastReview().get())) {
      when = card.lastReview().get();
    }
    return recallOnExam(scheduler.review(card, Rating.GOOD, when)).orElse(0);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
