package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The exam-aware rules of the queue (docs/readiness.md). */
class ExamAimTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final Duration DAY_LENGTH = Duration.ofDays(1);
  private static final Scheduler SCHEDULER =
      new Scheduler(FsrsParameters.defaults().withFuzz(false), 0);
  private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);

  private static ExamAim aim(int daysAhead, double target) {
    return new ExamAim(SCHEDULER, DAY, DAY.startOf(DAY.dateOf(NOW).plusDays(daysAhead)), target);
  }

  private static CardState review(double stability, Instant last, Instant due) {
    return new CardState(State.REVIEW, stability, 5, due, Optional.of(last), 1, 0, 3, 0);
  }

  private static QueueItem item(String id, CardState card) {
    return new QueueItem(id, Optional.empty(), Optional.of(card));
  }

  private static QueueItem fresh(String id) {
    return new QueueItem(id, Optional.empty(), Optional.empty());
  }

  private static List<String> planned(QueuePlanner planner, List<QueueItem> items) {
    return planner.plan(items, Set.of(), DailyProgress.NONE, NOW, 7).items().stream()
        .map(QueueItem::id)
        .toList();
  }

  @Test
  void aReviewDueAfterTheExamIsBroughtForwardToTheLastDayItsRecallIsAtTheTarget() {
    ExamAim aim = aim(10, 0.95);
    Instant last = NOW.minus(DAY_LENGTH);
    CardState card = review(20, last, NOW.plus(DAY_LENGTH.multipliedBy(19)));
    assertThat(aim.recallOnExam(card).orElseThrow()).isBetween(0.9, 0.95);

    // (0.95^(1/-0.1542) - 1) * 20 / 0.98034649 = 8.05 (python3): recall stays at 95% for 8 days
    assertThat(aim.due(card, NOW)).isEqualTo(DAY.startOf(DAY.dateOf(last).plusDays(8)));
    assertThat(SCHEDULER.retrievability(card, last.plus(DAY_LENGTH.multipliedBy(8))).orElseThrow())
        .isGreaterThanOrEqualTo(0.95);
    assertThat(SCHEDULER.retrievability(card, last.plus(DAY_LENGTH.multipliedBy(9))).orElseThrow())
        .isLessThan(0.95);
  }

  @Test
  void aReviewDueBeforeTheExamKeepsItsFsrsDate() {
    ExamAim aim = aim(10, 0.97);
    CardState card = review(5, NOW.minus(DAY_LENGTH), NOW.plus(DAY_LENGTH.multipliedBy(4)));

    assertThat(aim.due(card, NOW)).isEqualTo(card.due());
  }

  @Test
  void aReviewThatReachesTheTargetAnywayKeepsItsFsrsDate() {
    ExamAim aim = aim(10, 0.9);
    CardState card = review(60, NOW.minus(DAY_LENGTH), NOW.plus(DAY_LENGTH.multipliedBy(59)));

    assertThat(aim.due(card, NOW)).isEqualTo(card.due());
  }

  @Test
  void theBroughtForwardReviewIsAskedToday() {
    ExamAim aim = aim(3, 0.97);
    CardState card =
        review(15, NOW.minus(DAY_LENGTH.multipliedBy(4)), NOW.plus(DAY_LENGTH.multipliedBy(11)));
    var plain = new QueuePlanner(SCHEDULER, DAY, StudyLimits.DEFAULTS);
    var aware = new QueuePlanner(SCHEDULER, DAY, StudyLimits.DEFAULTS, Optional.of(aim));

    assertThat(planned(plain, List.of(item("c", card)))).isEmpty();
    assertThat(planned(aware, List.of(item("c", card)))).containsExactly("c");
  }

  @Test
  void newCardsComeFastEnoughToAllBeLearntBeforeTheExamDay() {
    List<QueueItem> unseen = IntStream.range(0, 60).mapToObj(i -> fresh("n" + i)).toList();
    var limits = new StudyLimits(5, 200);
    var plain = new QueuePlanner(SCHEDULER, DAY, limits);
    var aware = new QueuePlanner(SCHEDULER, DAY, limits, Optional.of(aim(3, 0.9)));

    assertThat(planned(plain, unseen)).hasSize(5);
    assertThat(planned(aware, unseen)).hasSize(20); // 60 over the 3 study days before the exam
  }

  @Test
  void beyondTheDailyLimitReviewsAreChosenByTheirGainOnTheExamDay() {
    ExamAim aim = aim(2, 0.9);
    List<QueueItem> due =
        List.of(
            item(
                "overdue-weak",
                review(
                    1,
                    NOW.minus(DAY_LENGTH.multipliedBy(6)),
                    NOW.minus(DAY_LENGTH.multipliedBy(5)))),
            item("due-strong", review(30, NOW.minus(DAY_LENGTH.multipliedBy(30)), NOW)),
            item("due-middling", review(4, NOW.minus(DAY_LENGTH.multipliedBy(4)), NOW)));
    String best =
        due.stream()
            .max(
                java.util.Comparator.comparingDouble(
                    (QueueItem each) -> aim.gain(each.state().orElseThrow(), NOW)))
            .orElseThrow()
            .id();
    var limits = new StudyLimits(20, 1);
    var aware = new QueuePlanner(SCHEDULER, DAY, limits, Optional.of(aim));

    assertThat(planned(aware, due)).containsExactly(best);
  }

  @Test
  void afterTheExamThePlannerIsPlainFsrsAgain() {
    ExamAim past = new ExamAim(SCHEDULER, DAY, NOW.minus(DAY_LENGTH), 0.97);
    List<QueueItem> items =
        List.of(
            item(
                "a",
                review(
                    15,
                    NOW.minus(DAY_LENGTH.multipliedBy(4)),
                    NOW.plus(DAY_LENGTH.multipliedBy(11)))),
            item("b", review(2, NOW.minus(DAY_LENGTH.multipliedBy(3)), NOW.minus(DAY_LENGTH))),
            fresh("n1"),
            fresh("n2"));
    var limits = new StudyLimits(1, 200);
    var plain = new QueuePlanner(SCHEDULER, DAY, limits);
    var aware = new QueuePlanner(SCHEDULER, DAY, limits, Optional.of(past));

    assertThat(planned(aware, items)).isEqualTo(planned(plain, items)).containsExactly("b", "n1");
  }
}
