package retain.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import retain.deck.Card;
import retain.deck.CardMeta;
import retain.deck.ChoiceCard;
import retain.deck.Deck;
import retain.deck.FormerIds;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;
import retain.schedule.CardState;
import retain.schedule.ExamAim;
import retain.schedule.FsrsParameters;
import retain.schedule.Scheduler;
import retain.schedule.State;
import retain.schedule.StudyDay;

/**
 * The forecast against the FSRS-6 forgetting curve computed by hand: R = (1 + f·t/S)^−w20 with the
 * default w20 = 0.1542 and f = 0.9^(−1/0.1542) − 1 = 0.98034649 (python3, 8 decimals), t in UTC
 * dates from the last review to the exam.
 */
class ReadinessTest {

  private static final Instant EXAM = Instant.parse("2026-12-21T04:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final Scheduler SCHEDULER =
      new Scheduler(FsrsParameters.defaults().withFuzz(false), 0);
  private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);
  private static final Readiness READINESS = new Readiness(new ExamAim(SCHEDULER, DAY, EXAM, 0.9));

  private static Card text(String id, String topic) {
    CardMeta meta =
        new CardMeta(
            id,
            Optional.of(topic),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new ShortCard(meta, "Question " + id + "?", "answer", List.of(), true);
  }

  private static CardState state(State state, double stability, String lastReview) {
    Instant last = Instant.parse(lastReview);
    return new CardState(state, stability, 5, last.plusSeconds(600), Optional.of(last), 0, 0, 3, 0);
  }

  private static Forecast forecast(Instant now, Map<String, CardState> states, Card... cards) {
    Deck deck =
        new Deck(
            "d",
            "D",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(cards),
            FormerIds.none());
    return READINESS.forecast(List.of(deck), Map.of("d", states), now, OptionalInt.empty());
  }

  private static double recall(Forecast forecast, String item) {
    return forecast.items().stream()
        .filter(each -> each.item().equals(item))
        .findFirst()
        .orElseThrow()
        .recall()
        .orElseThrow();
  }

  @Test
  void recallOnTheExamDayFollowsTheForgettingCurveInEveryState() {
    Forecast forecast =
        forecast(
            NOW,
            Map.of(
                "s10", state(State.REVIEW, 10, "2026-12-01T10:00:00Z"),
                "s1", state(State.REVIEW, 1, "2026-12-01T23:59:00Z"),
                "s50", state(State.REVIEW, 50, "2026-12-01T00:00:00Z"),
                "learning", state(State.LEARNING, 0.5, "2026-12-20T10:00:00Z"),
                "relearning", state(State.RELEARNING, 3.5, "2026-12-12T08:00:00Z")),
            text("s10", "a"),
            text("s1", "a"),
            text("s50", "a"),
            text("learning", "b"),
            text("relearning", "b"));

    assertThat(recall(forecast, "s10")).isCloseTo(0.84588465, within(1e-8));
    assertThat(recall(forecast, "s1")).isCloseTo(0.62716115, within(1e-8));
    assertThat(recall(forecast, "s50")).isCloseTo(0.95026375, within(1e-8));
    assertThat(recall(forecast, "learning")).isCloseTo(0.84588465, within(1e-8));
    assertThat(recall(forecast, "relearning")).isCloseTo(0.82358072, within(1e-8));
  }

  @Test
  void anUnseenItemIsNotKnownButAChoiceCanStillBeGuessed() {
    CardMeta tf = CardMeta.of("tf");
    CardMeta pick = CardMeta.of("pick");
    Forecast forecast =
        forecast(
            NOW,
            Map.of(),
            text("typed", "a"),
            new TrueFalseCard(tf, "True?", true),
            new ChoiceCard(pick, "Which?", List.of("w", "x", "y", "z"), "w", true));

    assertThat(forecast.unseen()).isEqualTo(3);
    assertThat(forecast.recall()).isZero();
    assertThat(forecast.items())
        .extracting(ItemForecast::expectedScore)
        .containsExactly(0.0, 0.5, 0.25);
    assertThat(forecast.score()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void aGuessFillsOnlyWhatRecallLeaves() {
    CardMeta tf = CardMeta.of("tf");
    Forecast forecast =
        forecast(
            NOW,
            Map.of("tf", state(State.REVIEW, 10, "2026-12-01T10:00:00Z")),
            new TrueFalseCard(tf, "True?", true));

    assertThat(forecast.score()).isCloseTo(0.84588465 + (1 - 0.84588465) * 0.5, within(1e-8));
  }

  @Test
  void topicsComeWeakestFirstAndCountTheirWeakItems() {
    Forecast forecast =
        forecast(
            NOW,
            Map.of(
                "s50", state(State.REVIEW, 50, "2026-12-01T00:00:00Z"),
                "s1", state(State.REVIEW, 1, "2026-12-01T23:59:00Z")),
            text("s50", "strong"),
            text("s1", "weak"),
            text("unseen", "weak"));

    assertThat(forecast.topics())
        .extracting(topic -> topic.topic().orElseThrow())
        .containsExactly("weak", "strong");
    TopicForecast weak = forecast.topics().get(0);
    assertThat(weak.unseen()).isEqualTo(1);
    assertThat(weak.weak()).isEqualTo(1);
    assertThat(weak.recall()).isCloseTo(0.62716115 / 2, within(1e-8));
    assertThat(forecast.weakest(1)).extracting(ItemForecast::item).containsExactly("unseen");
  }

  @Test
  void onTheExamDayNothingIsLeftToDoAndRecallIsStillForecast() {
    Forecast forecast =
        forecast(
            EXAM,
            Map.of("s10", state(State.REVIEW, 10, "2026-12-01T10:00:00Z")),
            text("s10", "a"),
            text("unseen", "a"));

    assertThat(forecast.examBegun()).isTrue();
    assertThat(forecast.daysLeft()).isZero();
    assertThat(forecast.reviewsNeeded()).isZero();
    assertThat(recall(forecast, "s10")).isCloseTo(0.84588465, within(1e-8));
  }

  @Test
  void afterTheExamTheForecastStillDescribesTheExamDay() {
    Forecast forecast =
        forecast(
            EXAM.plusSeconds(86400 * 3),
            Map.of("s10", state(State.REVIEW, 10, "2026-12-01T10:00:00Z")),
            text("s10", "a"));

    assertThat(forecast.examBegun()).isTrue();
    assertThat(recall(forecast, "s10")).isCloseTo(0.84588465, within(1e-8));
    assertThat(forecast.reviewsNeeded()).isZero();
  }

  @Test
  void theWorkLeftCountsLearningStepsAndReviewsUntilTheTargetIsReached() {
    Forecast forecast =
        forecast(
            NOW,
            Map.of(
                "s50", state(State.REVIEW, 50, "2026-12-01T00:00:00Z"),
                "s1", state(State.REVIEW, 1, "2026-12-01T23:59:00Z")),
            text("s50", "a"),
            text("s1", "a"),
            text("unseen", "a"));

    assertThat(forecast.items()).extracting(ItemForecast::reviews).first().isEqualTo(0);
    assertThat(forecast.items().get(1).reviews()).isPositive();
    // a new card takes its two learning steps (Good at 1 and 10 minutes) before any review
    assertThat(forecast.items().get(2).reviews()).isGreaterThanOrEqualTo(2);
    assertThat(forecast.daysLeft()).isEqualTo(18);
    assertThat(forecast.newPerDay()).isEqualTo(1);
    assertThat(forecast.reviewsPerDay()).isEqualTo((forecast.reviewsNeeded() + 17) / 18);
  }
}
