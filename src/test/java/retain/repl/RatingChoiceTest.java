package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import retain.schedule.Rating;

class RatingChoiceTest {

  @ParameterizedTest
  @CsvSource({
    "1, AGAIN",
    "again, AGAIN",
    "2, HARD",
    " Hard , HARD",
    "3, GOOD",
    "4, EASY",
    "EASY, EASY"
  })
  void readsGradesAndNames(String typed, Rating expected) {
    assertThat(RatingChoice.parse(typed)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "5", "g", "good!", "3 4"})
  void rejectsAnythingElse(String typed) {
    assertThat(RatingChoice.parse(typed)).isEmpty();
  }
}
