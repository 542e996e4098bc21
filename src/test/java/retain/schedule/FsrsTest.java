package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static retain.schedule.FsrsReferenceTest.assertClose;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One hand-checked case per formula of fsrs-spec §4, with the default weights. Expected values were
 * worked out from the formulas in the spec (and agree with the reference vectors, §13).
 */
class FsrsTest {

  private static final FsrsParameters P = FsrsParameters.defaults();

  @Test
  @DisplayName("retrievability is 0.9 after exactly S days, for any S")
  void retrievabilityIsNinetyPercentAfterStabilityDays() {
    assertClose("R(5, 5)", 0.9, Fsrs.retrievability(5, 5, P));
    assertClose("R(300, 300)", 0.9, Fsrs.retrievability(300, 300, P));
  }

  @Test
  @DisplayName("factor is 0.98034649 with the default decay -0.1542")
  void factorMakesRetrievabilityNinetyPercentAtStability() {
    assertClose("decay", -0.1542, Fsrs.decay(P));
    assertClose("factor", 0.98034649, Fsrs.factor(P));
  }

  @Test
  @DisplayName("retrievability is 1 on the day of the last review")
  void retrievabilityIsOneOnTheSameDay() {
    assertClose("R(0, 2.3)", 1, Fsrs.retrievability(0, 2.3, P));
  }

  @Test
  @DisplayName("retrievability two days after a first Good is 0.90949326 (spec §13)")
  void retrievabilityOfTheWorkedExample() {
    assertClose("R(2, 2.3065)", 0.90949326, Fsrs.retrievability(2, 2.3065, P));
  }

  @Test
  @DisplayName("interval equals stability, rounded half up, at retention 0.9")
  void intervalEqualsStabilityAtNinetyPercent() {
    assertThat(Fsrs.nextInterval(10.4, P)).isEqualTo(10);
    assertThat(Fsrs.nextInterval(10.5, P)).isEqualTo(11);
  }

  @Test
  @DisplayName("interval is at least one day and at most the maximum")
  void intervalIsClampedToOneDayAndTheMaximum() {
    assertThat(Fsrs.nextInterval(0.2, P)).isEqualTo(1);
    assertThat(Fsrs.nextInterval(36500, P.withMaximumInterval(365))).isEqualTo(365);
  }

  @Test
  @DisplayName("interval at retention 0.8 is S times 3.3159598")
  void intervalAtEightyPercentUsesTheModifier() {
    assertThat(Fsrs.nextInterval(10, P.withDesiredRetention(0.8))).isEqualTo(33);
  }

  @Test
  @DisplayName("initial stability is w[G-1] with a floor of 0.1")
  void initialStabilityIsTheWeightOfTheGrade() {
    assertClose("S0(Good)", 2.3065, Fsrs.initialStability(Rating.GOOD, P));
    List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
    weights.set(0, 0.05);
    FsrsParameters low =
        new FsrsParameters(
            weights, 0.9, 36500, P.learningSteps(), P.relearningSteps(), true, false);
    assertClose("S0(Again) floored", 0.1, Fsrs.initialStability(Rating.AGAIN, low));
  }

  @Test
  @DisplayName("initial difficulty of Hard is 5.11217071 and of Easy is clamped to 1")
  void initialDifficultyFollowsTheGradeAndIsClamped() {
    assertClose("D0(Hard)", 5.11217071, Fsrs.initialDifficulty(Rating.HARD, P));
    assertClose("D0(Easy)", 1, Fsrs.initialDifficulty(Rating.EASY, P));
  }

  @Test
  @DisplayName("a Good two days after learning raises S from 2.3065 to 10.97104786 (spec §13)")
  void stabilityAfterSuccessOfTheWorkedExample() {
    assertClose(
        "S after Good",
        10.97104786,
        Fsrs.stabilityAfterSuccess(2.11121424, 2.3065, 0.90949326, Rating.GOOD, P));
  }

  @Test
  @DisplayName("Hard is penalised by w15 and Easy rewarded by w16")
  void hardPenaltyAndEasyBonusScaleTheIncrease() {
    assertClose(
        "Hard",
        7.51735908,
        Fsrs.stabilityAfterSuccess(2.11121424, 2.3065, 0.90949326, Rating.HARD, P));
    assertClose(
        "Easy",
        18.53433169,
        Fsrs.stabilityAfterSuccess(2.11121424, 2.3065, 0.90949326, Rating.EASY, P));
  }

  @Test
  @DisplayName("a review at R = 1 leaves stability unchanged")
  void successAtFullRetrievabilityKeepsStability() {
    assertClose("S at R=1", 40, Fsrs.stabilityAfterSuccess(5, 40, 1, Rating.GOOD, P));
  }

  @Test
  @DisplayName("a lapse two days after learning drops S from 2.3065 to 0.60770166")
  void stabilityAfterFailureOfAnEarlyLapse() {
    assertClose(
        "S after Again", 0.60770166, Fsrs.stabilityAfterFailure(2.11121424, 2.3065, 0.90949326, P));
  }

  @Test
  @DisplayName("a lapse never raises stability: capped at S / e^(w17 w18)")
  void stabilityAfterFailureIsCapped() {
    assertClose("capped", 0.0951728, Fsrs.stabilityAfterFailure(1, 0.1, 0, P));
    assertClose(
        "capped at S when short-term is off",
        0.1,
        Fsrs.stabilityAfterFailure(1, 0.1, 0, P.withShortTerm(false)));
  }

  @Test
  @DisplayName("a same-day Again multiplies S by 0.35504 S^-0.0658")
  void shortTermAgainShrinksStability() {
    assertClose(
        "S after same-day Again", 0.77508398, Fsrs.shortTermStability(2.3065, Rating.AGAIN, P));
  }

  @Test
  @DisplayName("a same-day Hard never changes stability")
  void shortTermHardKeepsStability() {
    assertClose("S after same-day Hard", 5, Fsrs.shortTermStability(5, Rating.HARD, P));
  }

  @Test
  @DisplayName("difficulty after Good moves only by mean reversion toward D0(Easy)")
  void nextDifficultyAfterGoodIsMeanReversion() {
    assertClose("D after Good", 2.11121424, Fsrs.nextDifficulty(2.11810397, Rating.GOOD, P));
  }

  @Test
  @DisplayName("difficulty after Again rises by w6 damped by (10 - D)/9")
  void nextDifficultyAfterAgainIsDamped() {
    assertClose("D after Again", 8.34176237, Fsrs.nextDifficulty(5, Rating.AGAIN, P));
  }

  @Test
  @DisplayName("mean reversion pulls toward the unclamped D0(Easy) = -4.7716307 with weight w7")
  void meanReversionUsesTheRawTarget() {
    assertClose("D0raw(Easy)", -4.7716307, Fsrs.rawInitialDifficulty(Rating.EASY, P));
    assertClose("reverted", 2.11121424, Fsrs.meanReversion(-4.7716307, 2.11810397, P));
  }

  @Test
  @DisplayName("the first step gives S0 and D0 of the grade")
  void stepFromNothingUsesTheFirstReviewFormulas() {
    MemoryState first = Fsrs.step(MemoryState.NONE, Rating.GOOD, 0, P);
    assertClose("S", 2.3065, first.stability());
    assertClose("D", 2.11810397, first.difficulty());
  }

  @Test
  @DisplayName("a same-day step takes the short-term formula, a later one the long-term")
  void stepChoosesTheFormulaByElapsedDays() {
    MemoryState learnt = new MemoryState(2.3065, 2.11121424);
    assertClose("same day", 0.77508398, Fsrs.step(learnt, Rating.AGAIN, 0, P).stability());
    assertClose("two days", 0.60770166, Fsrs.step(learnt, Rating.AGAIN, 2, P).stability());
    assertClose("D either way", 7.39223814, Fsrs.step(learnt, Rating.AGAIN, 2, P).difficulty());
  }
}
