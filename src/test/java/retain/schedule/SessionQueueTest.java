package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionQueueTest {

  private static final Instant NOW = Instant.parse("2024-03-10T09:00:00Z");
  private static final Scheduler SCHEDULER =
      new Scheduler(FsrsParameters.defaults().withFuzz(false), 0);

  private static QueueItem fresh(String id) {
    return new QueueItem(id, Optional.empty(), Optional.empty());
  }

  private static SessionQueue planned(String... ids) {
    return new SessionQueue(List.of(ids).stream().map(SessionQueueTest::fresh).toList(), List.of());
  }

  /** Asks the next card at {@code now} and answers it with {@code rating}. */
  private static SessionQueue answer(SessionQueue queue, Instant now, Rating rating) {
    QueueItem asked = queue.next(now).orElseThrow();
    CardState before = asked.state().orElse(CardState.newCard(now));
    return queue.answered(asked, SCHEDULER.review(before, rating, now));
  }

  private static String nextId(SessionQueue queue, Instant now) {
    return queue.next(now).map(QueueItem::id).orElse("(none)");
  }

  @Test
  void asksPlannedItemsInOrder() {
    SessionQueue queue = planned("a", "b");
    assertThat(nextId(queue, NOW)).isEqualTo("a");
    assertThat(nextId(answer(queue, NOW, Rating.GOOD), NOW)).isEqualTo("b");
  }

  @Test
  void aCardAnsweredAgainComesBackOnceItsStepIsDue() {
    SessionQueue queue = answer(planned("a", "b", "c", "d"), NOW, Rating.AGAIN);
    assertThat(nextId(queue, NOW.plusSeconds(30))).isEqualTo("b");
    queue = answer(queue, NOW.plusSeconds(30), Rating.GOOD);
    assertThat(nextId(queue, NOW.plusSeconds(59))).isEqualTo("c");
    assertThat(nextId(queue, NOW.plusSeconds(60))).isEqualTo("a");
  }

  @Test
  void whenNothingElseIsLeftAWaitingCardComesBackAfterThreeOthers() {
    SessionQueue queue = answer(planned("a", "b", "c", "d"), NOW, Rating.AGAIN);
    queue = answer(queue, NOW, Rating.AGAIN);
    queue = answer(queue, NOW, Rating.AGAIN);
    queue = answer(queue, NOW, Rating.AGAIN);
    // a has seen b, c and d since; b only c and d: a is asked first although none is due.
    assertThat(nextId(queue, NOW)).isEqualTo("a");
    queue = answer(queue, NOW, Rating.GOOD);
    assertThat(nextId(queue, NOW)).isEqualTo("b");
  }

  @Test
  void aLoneWaitingCardIsAskedAgainRatherThanEndingTheSession() {
    SessionQueue queue = answer(planned("a"), NOW, Rating.AGAIN);
    assertThat(nextId(queue, NOW)).isEqualTo("a");
  }

  @Test
  void aStepBeyondTheLearnAheadLimitEndsTheSessionAndKeepsTheCardWaiting() {
    FsrsParameters longSteps =
        FsrsParameters.defaults()
            .withFuzz(false)
            .withSteps(List.of(Duration.ofHours(1)), List.of());
    QueueItem asked = fresh("a");
    CardState after = new Scheduler(longSteps, 0).review(CardState.newCard(NOW), Rating.AGAIN, NOW);
    SessionQueue queue = planned("a").answered(asked, after);
    assertThat(queue.next(NOW)).isEmpty();
    assertThat(queue.isEmpty()).isFalse();
  }

  @Test
  void aCardThatGraduatesLeavesTheSession() {
    SessionQueue queue = answer(planned("a"), NOW, Rating.EASY);
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.next(NOW)).isEmpty();
  }

  @Test
  void learningCardsDueLaterTodayJoinWhenTheirStepIsDue() {
    CardState learning =
        SCHEDULER.review(CardState.newCard(NOW), Rating.GOOD, NOW.minusSeconds(300));
    QueueItem later = new QueueItem("later", Optional.empty(), Optional.of(learning));
    SessionQueue queue =
        SessionQueue.of(
            new StudyQueue(List.of(fresh("a"), fresh("b")), List.of(later)), Integer.MAX_VALUE);
    assertThat(nextId(queue, NOW)).isEqualTo("a");
    assertThat(nextId(queue, learning.due())).isEqualTo("later");
  }

  @Test
  void aSkippedCardIsNotAskedAgain() {
    SessionQueue queue = answer(planned("a", "b"), NOW, Rating.AGAIN);
    queue = queue.skipped(queue.next(NOW.plusSeconds(120)).orElseThrow());
    assertThat(nextId(queue, NOW.plusSeconds(120))).isEqualTo("b");
  }

  @Test
  void aLimitOfTwoQuestionsCountsAWrongCardComingBack() {
    SessionQueue queue =
        new SessionQueue(List.of(fresh("a"), fresh("b"), fresh("c")), List.of(), 2);
    assertThat(queue.remaining()).isEqualTo(2);
    queue = answer(queue, NOW, Rating.AGAIN);
    assertThat(queue.remaining()).isEqualTo(1);
    queue = answer(queue, NOW.plusSeconds(120), Rating.GOOD);
    assertThat(queue.next(NOW.plusSeconds(120))).isEmpty();
    assertThat(queue.remaining()).isZero();
  }

  @Test
  void anAnswerTakenBackIsAskedNextAndGivesItsQuestionBack() {
    SessionQueue queue = new SessionQueue(List.of(fresh("a"), fresh("b")), List.of(), 2);
    SessionQueue answered = answer(queue, NOW, Rating.AGAIN);
    SessionQueue undone = answered.undone(fresh("a"));
    assertThat(nextId(undone, NOW)).isEqualTo("a");
    assertThat(undone.remaining()).isEqualTo(2);
    assertThat(undone.waiting()).isEmpty();
  }

  @Test
  void answeringOneBlankOfAClozeCardBuriesItsPlannedSiblings() {
    SessionQueue queue = planned("cloze.1", "other", "cloze.2", "cloze-two.1");
    queue = answer(queue, NOW, Rating.GOOD);
    assertThat(queue.planned()).extracting(QueueItem::id).containsExactly("other", "cloze-two.1");
  }

  @Test
  void aSiblingOnALearningStepIsNotBuried() {
    CardState learning = SCHEDULER.review(CardState.newCard(NOW), Rating.AGAIN, NOW);
    QueueItem stepping = new QueueItem("cloze.2", Optional.empty(), Optional.of(learning));
    SessionQueue queue = new SessionQueue(List.of(fresh("cloze.1"), stepping), List.of());
    queue = answer(queue, NOW, Rating.GOOD);
    assertThat(queue.planned()).extracting(QueueItem::id).containsExactly("cloze.2");
  }
}
