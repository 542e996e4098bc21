package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueuePlannerTest {

  /** 12:00 in Minsk (UTC+3), a study day running 2024-03-10 01:00Z to 2024-03-11 01:00Z. */
  private static final Instant NOON = Instant.parse("2024-03-10T09:00:00Z");

  private static final Scheduler SCHEDULER =
      new Scheduler(FsrsParameters.defaults().withFuzz(false), 0);
  private static final QueuePlanner PLANNER =
      new QueuePlanner(SCHEDULER, StudyDay.in(ZoneId.of("Europe/Minsk")), StudyLimits.DEFAULTS);

  private static QueueItem fresh(String id) {
    return new QueueItem(id, Optional.empty(), Optional.empty());
  }

  private static QueueItem review(String id, Instant due, double stability, Instant lastReview) {
    CardState card =
        new CardState(State.REVIEW, stability, 5, due, Optional.of(lastReview), 1, 0, 3, 0);
    return new QueueItem(id, Optional.empty(), Optional.of(card));
  }

  private static QueueItem dueReview(String id) {
    return review(id, NOON.minus(Duration.ofHours(1)), 10, NOON.minus(Duration.ofDays(10)));
  }

  private static QueueItem learning(String id, Instant due) {
    CardState card =
        new CardState(
            State.LEARNING,
            2.3,
            2.1,
            due,
            Optional.of(NOON.minus(Duration.ofHours(1))),
            0,
            1,
            1,
            0);
    return new QueueItem(id, Optional.empty(), Optional.of(card));
  }

  private static List<String> ids(List<QueueItem> items) {
    return items.stream().map(QueueItem::id).toList();
  }

  private static List<QueueItem> many(String prefix, int count, Function<String, QueueItem> make) {
    return IntStream.range(0, count).mapToObj(i -> make.apply(prefix + i)).toList();
  }

  private static StudyQueue plan(List<QueueItem> items, DailyProgress done) {
    return PLANNER.plan(items, Set.of(), done, NOON, 1);
  }

  @Test
  void introducesTwentyNewCardsADayByDefault() {
    assertThat(plan(many("n", 30, QueuePlannerTest::fresh), DailyProgress.NONE).items())
        .hasSize(20);
  }

  @Test
  void newCardsAlreadyIntroducedTodayCountAgainstTheLimit() {
    StudyQueue queue = plan(many("n", 30, QueuePlannerTest::fresh), new DailyProgress(15, 0));
    assertThat(ids(queue.items())).containsExactly("n0", "n1", "n2", "n3", "n4");
  }

  @Test
  void noNewCardsOnceTheLimitIsPassed() {
    assertThat(plan(many("n", 3, QueuePlannerTest::fresh), new DailyProgress(25, 0)).items())
        .isEmpty();
  }

  @Test
  void reviewsAreCappedAtTwoHundredADayCountingThoseDone() {
    List<QueueItem> reviews = many("r", 250, QueuePlannerTest::dueReview);
    assertThat(plan(reviews, DailyProgress.NONE).items()).hasSize(200);
    assertThat(plan(reviews, new DailyProgress(0, 150)).items()).hasSize(50);
  }

  @Test
  void learningCardsAreNeverHeldBackByTheReviewLimit() {
    List<QueueItem> items = new ArrayList<>(many("r", 5, QueuePlannerTest::dueReview));
    items.add(learning("l", NOON.minusSeconds(60)));
    assertThat(ids(plan(items, new DailyProgress(0, 200)).items())).containsExactly("l");
  }

  @Test
  void dueLearningCardsComeFirstEarliestDueFirst() {
    List<QueueItem> items =
        List.of(
            dueReview("r"),
            fresh("n"),
            learning("l-late", NOON.minusSeconds(60)),
            learning("l-early", NOON.minusSeconds(600)));
    assertThat(ids(plan(items, DailyProgress.NONE).items())).startsWith("l-early", "l-late");
  }

  @Test
  void reviewsComeLowestRetrievabilityFirst() {
    Instant tenDaysAgo = NOON.minus(Duration.ofDays(10));
    Instant due = NOON.minus(Duration.ofHours(1));
    List<QueueItem> items =
        List.of(
            review("strong", due, 100, tenDaysAgo),
            review("weak", due, 2, tenDaysAgo),
            review("middling", due, 10, tenDaysAgo));
    assertThat(ids(plan(items, DailyProgress.NONE).items()))
        .containsExactly("weak", "middling", "strong");
  }

  @Test
  void newCardsAreSpreadAmongReviewsInDeckOrder() {
    List<QueueItem> items = new ArrayList<>(many("r", 4, QueuePlannerTest::dueReview));
    items.addAll(List.of(fresh("n0"), fresh("n1")));
    List<String> order = ids(plan(items, DailyProgress.NONE).items());
    assertThat(order).hasSize(6);
    assertThat(order.get(1)).isEqualTo("n0");
    assertThat(order.get(4)).isEqualTo("n1");
  }

  @Test
  void reviewsDueLaterTodayAreAskedButNotThoseDueAfterTheDayEnds() {
    Instant lastReview = NOON.minus(Duration.ofDays(3));
    List<QueueItem> items =
        List.of(
            review("tonight", Instant.parse("2024-03-10T21:00:00Z"), 3, lastReview),
            review("after-4am", Instant.parse("2024-03-11T01:30:00Z"), 3, lastReview));
    assertThat(ids(plan(items, DailyProgress.NONE).items())).containsExactly("tonight");
  }

  @Test
  void learningCardsDueLaterTodayWaitForTheirStep() {
    StudyQueue queue =
        plan(
            List.of(
                learning("soon", NOON.plusSeconds(300)),
                learning("tomorrow", Instant.parse("2024-03-11T02:00:00Z"))),
            DailyProgress.NONE);
    assertThat(queue.items()).isEmpty();
    assertThat(ids(queue.learningLaterToday())).containsExactly("soon");
  }

  @Test
  void theDayBoundaryIsFourInTheMorningLocalTime() {
    // A review due at 04:30 Minsk time (01:30Z) on 2024-03-11.
    List<QueueItem> items =
        List.of(
            review("r", Instant.parse("2024-03-11T01:30:00Z"), 3, NOON.minus(Duration.ofDays(3))));
    Instant at0359 = Instant.parse("2024-03-11T00:59:00Z");
    Instant at0401 = Instant.parse("2024-03-11T01:01:00Z");
    assertThat(PLANNER.plan(items, Set.of(), DailyProgress.NONE, at0359, 1).items()).isEmpty();
    assertThat(ids(PLANNER.plan(items, Set.of(), DailyProgress.NONE, at0401, 1).items()))
        .containsExactly("r");
  }

  @Test
  void topicFiltersKeepOnlyItemsOfThoseTopics() {
    List<QueueItem> items =
        List.of(
            new QueueItem("d", Optional.of("dates"), Optional.empty()),
            new QueueItem("s", Optional.of("systems"), Optional.empty()),
            new QueueItem("none", Optional.empty(), Optional.empty()));
    assertThat(ids(PLANNER.plan(items, Set.of("dates"), DailyProgress.NONE, NOON, 1).items()))
        .containsExactly("d");
    assertThat(ids(PLANNER.plan(items, Set.of(), DailyProgress.NONE, NOON, 1).items()))
        .containsExactly("d", "s", "none");
  }

  @Test
  void theSameSeedAndTimeGiveTheSameOrderAndOtherSeedsShuffleTies() {
    List<QueueItem> items = many("r", 20, QueuePlannerTest::dueReview);
    List<String> first = ids(PLANNER.plan(items, Set.of(), DailyProgress.NONE, NOON, 7).items());
    assertThat(ids(PLANNER.plan(items, Set.of(), DailyProgress.NONE, NOON, 7).items()))
        .isEqualTo(first);
    assertThat(ids(PLANNER.plan(items, Set.of(), DailyProgress.NONE, NOON, 8).items()))
        .isNotEqualTo(first)
        .containsExactlyInAnyOrderElementsOf(first);
  }

  @Test
  void onlyOneBlankOfAClozeCardIsPlannedForADay() {
    List<QueueItem> items =
        List.of(fresh("cloze.1"), fresh("cloze.2"), dueReview("other.1"), dueReview("other.2"));
    assertThat(ids(plan(items, DailyProgress.NONE).items()))
        .containsExactlyInAnyOrder("cloze.1", "other.1");
  }

  @Test
  void aCardWithABlankAnsweredTodayWaitsForTomorrowUnlessOnAStep() {
    List<QueueItem> items =
        List.of(fresh("cloze.2"), dueReview("cloze.3"), learning("cloze.1", NOON), fresh("x"));
    assertThat(ids(plan(items, new DailyProgress(1, 0, Set.of("cloze"))).items()))
        .containsExactly("cloze.1", "x");
  }
}
