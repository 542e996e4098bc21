package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retain.schedule.FsrsReferenceTest.assertClose;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
  private static final FsrsParameters EXACT = FsrsParameters.defaults().withFuzz(false);

  private static CardState inReview(double stability, double difficulty, Instant lastReview) {
    return new CardState(
        State.REVIEW, stability, difficulty, lastReview, Optional.of(lastReview), 1, 0, 5, 0);
  }

  @Test
  void elapsedDaysCountUtcCalendarDatesSoTwoMinutesOverMidnightIsADay() {
    assertThat(
            Scheduler.elapsedDays(
                Instant.parse("2024-03-01T23:58:00Z"), Instant.parse("2024-03-02T00:02:00Z")))
        .isEqualTo(1);
    assertThat(
            Scheduler.elapsedDays(
                Instant.parse("2024-03-01T00:01:00Z"), Instant.parse("2024-03-02T23:59:00Z")))
        .isEqualTo(1);
  }

  @Test
  void retrievabilityIsEmptyForANewCardAndNinetyPercentAfterStabilityDays() {
    Scheduler scheduler = new Scheduler(EXACT, 0);
    assertThat(scheduler.retrievability(CardState.newCard(START), START)).isEmpty();
    CardState card = inReview(10, 5, START);
    assertClose(
        "R", 0.9, scheduler.retrievability(card, START.plus(Duration.ofDays(10))).orElseThrow());
  }

  @Test
  void rejectsAReviewBeforeTheLastOne() {
    CardState card = inReview(10, 5, START);
    assertThatThrownBy(() -> new Scheduler(EXACT, 0).outcomes(card, START.minusSeconds(60)))
        .hasMessage(
            "review at 2024-01-01T08:59:00Z is before the last review at 2024-01-01T09:00:00Z");
  }

  @Test
  void goodAndEasyMayPassTheMaximumByOneAndTwoDaysAsInTsFsrs() {
    CardState card = inReview(36500, 1, START);
    Outcomes outcomes =
        new Scheduler(EXACT.withMaximumInterval(365), 0)
            .outcomes(card, START.plus(Duration.ofDays(400)));
    assertThat(outcomes.hard().scheduledDays()).isEqualTo(365);
    assertThat(outcomes.good().scheduledDays()).isEqualTo(366);
    assertThat(outcomes.easy().scheduledDays()).isEqualTo(367);
  }

  @Test
  void withoutRelearningStepsALapseStaysInReviewAndCountsALapse() {
    CardState card = inReview(10, 5, START);
    CardState again =
        new Scheduler(EXACT.withSteps(EXACT.learningSteps(), List.of()), 0)
            .review(card, Rating.AGAIN, START.plus(Duration.ofDays(10)));
    assertThat(again.state()).isEqualTo(State.REVIEW);
    assertThat(again.lapses()).isEqualTo(1);
    assertThat(again.scheduledDays()).isEqualTo(Fsrs.nextInterval(again.stability(), EXACT));
  }

  @Test
  void aLearningStepOfADayOrMoreMakesTheCardAReviewCardAtOnce() {
    FsrsParameters daySteps =
        EXACT.withSteps(List.of(Duration.ofMinutes(10), Duration.ofDays(2)), List.of());
    CardState good =
        new Scheduler(daySteps, 0).review(CardState.newCard(START), Rating.GOOD, START);
    assertThat(good.state()).isEqualTo(State.REVIEW);
    assertThat(good.due()).isEqualTo(START.plus(Duration.ofDays(2)));
    assertThat(good.scheduledDays()).isEqualTo(2);
    assertThat(good.step()).isEqualTo(1);
  }

  @Test
  void fuzzIsTheSameForTheSameSeedCardAndInstant() {
    CardState card = inReview(40, 5, START);
    Instant now = START.plus(Duration.ofDays(40));
    FsrsParameters fuzzy = EXACT.withFuzz(true);
    assertThat(new Scheduler(fuzzy, 7).outcomes(card, now))
        .isEqualTo(new Scheduler(fuzzy, 7).outcomes(card, now));
  }

  @Test
  void fuzzSpreadsIntervalsAcrossSeedsWithinTheSpecRange() {
    CardState card = inReview(40, 5, START);
    Instant now = START.plus(Duration.ofDays(40));
    int exact = new Scheduler(EXACT, 0).review(card, Rating.GOOD, now).scheduledDays();
    IntervalFuzz.Range range = IntervalFuzz.range(exact, 40, 36500);
    Set<Integer> seen = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      seen.add(
          new Scheduler(EXACT.withFuzz(true), seed).review(card, Rating.GOOD, now).scheduledDays());
    }
    assertThat(seen).hasSizeGreaterThan(3).allMatch(d -> d >= range.low() && d <= range.high());
  }

  /** One review of a random walk: wait, then rate. */
  record Step(long waitMinutes, Rating rating) {}

  @Property(tries = 300)
  void dueNeverDecreasesFromAgainToHardToGoodToEasy(
      @ForAll("walks") List<Step> walk, @ForAll("settings") FsrsParameters parameters) {
    Scheduler scheduler = new Scheduler(parameters, 42);
    CardState card = CardState.newCard(START);
    Instant now = START;
    for (Step step : walk) {
      now = now.plus(Duration.ofMinutes(step.waitMinutes()));
      Outcomes outcomes = scheduler.outcomes(card, now);
      assertThat(List.of(outcomes.again(), outcomes.hard(), outcomes.good(), outcomes.easy()))
          .extracting(CardState::due)
          .as("due after Again, Hard, Good, Easy for %s at %s", card, now)
          .isSorted();
      card = outcomes.of(step.rating());
    }
  }

  @Provide
  Arbitrary<List<Step>> walks() {
    Arbitrary<Long> minutes = Arbitraries.longs().between(0, 30);
    Arbitrary<Long> days = Arbitraries.longs().between(0, 400).map(d -> d * 1440 + 7);
    Arbitrary<Step> step =
        Combinators.combine(Arbitraries.oneOf(minutes, days), Arbitraries.of(Rating.class))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<FsrsParameters> settings() {
    return Combinators.combine(
            Arbitraries.of(0.7, 0.8, 0.9, 0.95, 0.99),
            Arbitraries.of(1, 30, 365, 36500),
            Arbitraries.of(List.<Duration>of(), List.of(Duration.ofMinutes(10))),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (retention, maximum, relearning, shortTerm, fuzz) ->
                EXACT
                    .withDesiredRetention(retention)
                    .withMaximumInterval(maximum)
                    .withSteps(EXACT.learningSteps(), relearning)
                    .withShortTerm(shortTerm)
                    .withFuzz(fuzz));
  }
}
