package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalFuzzTest {

  @ParameterizedTest(name = "{0} days may become {1} to {2}")
  @CsvSource({
    "3, 2, 4",
    "5, 4, 6",
    "7, 5, 9",
    "10, 8, 12",
    "20, 17, 23",
    "30, 27, 33",
    "100, 93, 107",
    "365, 345, 385",
    "1000, 948, 1052"
  })
  void rangesAreThoseOfTheSpecTable(int interval, int low, int high) {
    assertThat(IntervalFuzz.range(interval, 0, 36500)).isEqualTo(new IntervalFuzz.Range(low, high));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void intervalsUnderThreeDaysAreNotFuzzed(int interval) {
    assertThat(IntervalFuzz.apply(interval, 0, 36500, 0.99)).isEqualTo(interval);
  }

  @ParameterizedTest
  @CsvSource({"0.0, 8", "0.5, 10", "0.999, 12"})
  void drawPicksEvenlyAcrossTheRange(double draw, int expected) {
    assertThat(IntervalFuzz.apply(10, 0, 36500, draw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"100, 0, 100, 93, 100", "10, 9, 36500, 10, 12", "10, 20, 36500, 8, 12"})
  void rangeRespectsTheMaximumAndTheElapsedDays(
      int interval, long elapsed, int maximum, int low, int high) {
    assertThat(IntervalFuzz.range(interval, elapsed, maximum))
        .isEqualTo(new IntervalFuzz.Range(low, high));
  }
}
