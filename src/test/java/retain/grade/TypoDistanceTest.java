package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoDistanceTest {

  @ParameterizedTest(name = "''{0}'' tolerates {1}")
  @CsvSource({"kyiv, 0", "minsk, 1", "union state, 2", "lukashenko, 2", "2759, 0", "zapad 2021, 1"})
  void toleratesOneTypoFromFiveLettersAndTwoFromTen(String answer, int typos) {
    assertThat(TypoDistance.tolerated(answer)).isEqualTo(typos);
  }

  @Test
  void numbersMustBeTheSame() {
    assertThat(TypoDistance.sameNumbers("resolution 2759", "resolutoin 2759")).isTrue();
    assertThat(TypoDistance.sameNumbers("resolution 2759", "resolution 2758")).isFalse();
    assertThat(TypoDistance.sameNumbers("f-16 jets", "f-16s jets")).isFalse();
  }
}
