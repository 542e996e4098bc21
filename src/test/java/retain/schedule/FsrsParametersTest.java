package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retain.schedule.FsrsReferenceTest.assertClose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FsrsParametersTest {

  private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1));

  private static FsrsParameters withWeights(List<Double> weights) {
    return new FsrsParameters(weights, 0.9, 36500, STEPS, STEPS, true, false);
  }

  @Test
  void acceptsTwentyOneWeightsAsTheyAre() {
    assertThat(withWeights(FsrsParameters.DEFAULT_WEIGHTS).weights())
        .isEqualTo(FsrsParameters.DEFAULT_WEIGHTS);
  }

  @Test
  void migratesNineteenFsrs5WeightsByAppendingZeroAndTheFixedDecay() {
    List<Double> fsrs5 =
        List.of(
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
            1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);
    List<Double> migrated = withWeights(fsrs5).weights();
    assertThat(migrated).hasSize(21).startsWith(fsrs5.toArray(Double[]::new));
    assertThat(migrated.subList(19, 21)).containsExactly(0.0, 0.5);
  }

  @Test
  void migratesSeventeenFsrs45WeightsByTheDocumentedRule() {
    List<Double> fsrs45 = new ArrayList<>(Collections.nCopies(17, 1.0));
    fsrs45.set(5, 2.0);
    FsrsParameters migrated = withWeights(fsrs45);
    assertThat(migrated.weights()).hasSize(21);
    assertClose("w4 + 2 w5", 5, migrated.w(4));
    assertClose("ln(3 w5 + 1) / 3", Math.log(7) / 3, migrated.w(5));
    assertClose("w6 + 0.5", 1.5, migrated.w(6));
    assertThat(migrated.weights().subList(17, 21)).containsExactly(0.0, 0.0, 0.0, 0.5);
  }

  @Test
  void rejectsAnotherNumberOfWeights() {
    assertThatThrownBy(() -> withWeights(Collections.nCopies(20, 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FSRS weights must number 21, 19 or 17, got 20");
  }

  @Test
  void rejectsANanWeightNamingItsIndex() {
    List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
    weights.set(7, Double.NaN);
    assertThatThrownBy(() -> withWeights(weights))
        .hasMessage("FSRS weight w7 must be finite, got NaN");
  }

  @Test
  void rejectsAnInfiniteWeightNamingItsIndex() {
    List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
    weights.set(20, Double.NEGATIVE_INFINITY);
    assertThatThrownBy(() -> withWeights(weights))
        .hasMessage("FSRS weight w20 must be finite, got -Infinity");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.5, 1.01, Double.NaN})
  void rejectsRetentionOutsideZeroToOne(double retention) {
    assertThatThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(retention))
        .hasMessage("desired retention must be in (0, 1], got " + retention);
  }

  @Test
  void acceptsRetentionOfExactlyOne() {
    assertThat(FsrsParameters.defaults().withDesiredRetention(1).desiredRetention()).isEqualTo(1);
  }

  @Test
  void rejectsAMaximumIntervalUnderOneDay() {
    assertThatThrownBy(() -> FsrsParameters.defaults().withMaximumInterval(0))
        .hasMessage("maximum interval must be at least 1 day, got 0");
  }

  @Test
  void rejectsAStepThatIsNotWholeMinutes() {
    assertThatThrownBy(
            () -> FsrsParameters.defaults().withSteps(List.of(Duration.ofSeconds(90)), STEPS))
        .hasMessage("learning steps must be whole minutes, at least 1, got PT1M30S");
  }

  @Test
  void defaultsAreThoseOfTheDesign() {
    FsrsParameters defaults = FsrsParameters.defaults();
    assertThat(defaults.desiredRetention()).isEqualTo(0.9);
    assertThat(defaults.maximumInterval()).isEqualTo(36500);
    assertThat(defaults.learningSteps())
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
    assertThat(defaults.shortTerm()).isTrue();
    assertThat(defaults.fuzz()).isTrue();
  }

  @Test
  void parsesStepsInMinutesHoursAndDays() {
    assertThat(FsrsParameters.parseStep("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(FsrsParameters.parseStep("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(FsrsParameters.parseStep("2d")).isEqualTo(Duration.ofDays(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "0m", "1.5m", "10 m", "1w", "-1m", ""})
  void rejectsAMalformedStepQuotingIt(String text) {
    assertThatThrownBy(() -> FsrsParameters.parseStep(text))
        .hasMessage(
            "a step is a positive whole number followed by m, h or d (like 1m, 10m, 1h, 1d), got '"
                + text
                + "'");
  }
}
