package retain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

  /**
   * The last study days before the exam, in which a session fills what is left of the day's review
   * limit with cards not yet due, those that gain most on the exam day first: a final revision
   * pass, which FSRS alone never makes.
   */
  public static final int FINAL_DAYS = 3;

  /** Whether {@code now} is in the last {@link #FINAL_DAYS} study days before the exam. */
  public boolean inFinalStretch(Instant now) {
    return isAhead(now) && studyDaysLeft(now) <= FINAL_DAYS;
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
   * When a Review card should next be asked: its FSRS due date, or, when that falls after the exam
   * and waiting for it would leave its recall on the exam day below the target, earlier. It is then
   * asked on the last study day before the exam on which its recall is still at the target: as late
   * as it can be, so that the review is worth the most on the exam day, and before it is likely
   * forgotten. Cards not in Review, and every card once the exam is under way, keep their FSRS
   * date.
   */
  public Instant due(CardState card, Instant now) {
    if (card.state() != State.REVIEW
        || !isAhead(now)
        || card.due().isBefore(exam)
        || recallOnExam(card).orElse(0) >= target) {
      return card.due(); // a card due before the exam gets that review anyway
    }
    // Recall falls short on the exam day, so it reaches the target before it: a day before the
    // exam.
    LocalDate stillAtTarget =
        card.lastReview()
            .orElseThrow()
            .atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .plusDays(daysAtOrAbove(card.stability()));
    return max(now, day.startOf(stillAtTarget));
  }

  /**
   * The whole days after a review for which recall stays at or above the target, from the FSRS-6
   * curve R(t) = (1 + factor·t/S)^decay solved for t.
   */
  private long daysAtOrAbove(double stability) {
    double decay = Fsrs.decay(scheduler.parameters());
    double factor = Fsrs.factor(scheduler.parameters());
    return (long) Math.floor((Math.pow(target, 1 / decay) - 1) * stability / factor);
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

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
