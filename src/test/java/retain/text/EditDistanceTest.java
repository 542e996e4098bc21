package retain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest(name = "''{0}'' to ''{1}'' within {2}: {3}")
  @CsvSource({
    "minsk, minsk, 2, 0",
    "minsk, minks, 2, 1",
    "minsk, misk, 2, 1",
    "minsk, minskk, 2, 1",
    "minsk, mimsk, 2, 1",
    "kitten, sitting, 3, 3",
    "kitten, sitting, 2, 3",
    "ca, abc, 3, 3",
    "'', ab, 2, 2",
    "abcdef, ab, 2, 3",
    "lukashenko, lkshnko, 2, 3",
  })
  void countsEditsAndAdjacentSwapsUpToTheLimit(String a, String b, int max, int distance) {
    assertThat(EditDistance.atMost(a, b, max)).isEqualTo(distance);
    assertThat(EditDistance.atMost(b, a, max)).isEqualTo(distance);
  }

  @Test
  void countsCodePointsNotChars() {
    assertThat(EditDistance.atMost("a\uD83D\uDE00b", "a\uD83D\uDE03b", 1)).isEqualTo(1);
    assertThat(EditDistance.atMost("a\uD83D\uDE00b", "ab", 1)).isEqualTo(1);
  }

  @Test
  void turnsAwayAMegabyteWithoutComparing() {
    assertThat(EditDistance.atMost("x".repeat(1_000_000), "minsk", 1)).isEqualTo(2);
    assertThat(EditDistance.atMost("x".repeat(1_000_000), "x".repeat(999_999) + "y", 2))
        .isEqualTo(1);
  }
}
