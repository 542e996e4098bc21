package retain.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retain.store.StoreFixtures.T0;
import static retain.store.StoreFixtures.good;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import retain.schedule.Rating;

class ReviewRecordTest {
  private static final ReviewRecord GOOD = good(1, "minsk-visit", 1, T0);

  @Test
  void rejectsAScoreAboveOne() {
    assertThatThrownBy(() -> withScore(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be between 0 and 1: 1.5");
  }

  @Test
  void rejectsANaNScore() {
    assertThatThrownBy(() -> withScore(Double.NaN))
        .hasMessage("score must be between 0 and 1: NaN");
  }

  @Test
  void rejectsARatingWithoutTheStateAfterIt() {
    assertThatThrownBy(
            () ->
                new ReviewRecord(
                    1,
                    T0,
                    "deck",
                    "item",
                    "hash",
                    Mode.QUIZ,
                    Optional.of("x"),
                    true,
                    1.0,
                    Optional.of(Rating.GOOD),
                    0,
                    Optional.empty()))
        .hasMessage(
            "a rating and the state after it go together: rating Optional[GOOD], state Optional.empty");
  }

  @Test
  void rejectsAStudyReviewWithoutARating() {
    assertThatThrownBy(
            () ->
                new ReviewRecord(
                    1,
                    T0,
                    "deck",
                    "item",
                    "hash",
                    Mode.STUDY,
                    Optional.of("x"),
                    true,
                    1.0,
                    Optional.empty(),
                    0,
                    Optional.empty()))
        .hasMessage("only exam answers may have no rating: STUDY");
  }

  private static ReviewRecord withScore(double score) {
    return new ReviewRecord(
        GOOD.sessionId(),
        GOOD.at(),
        GOOD.deck(),
        GOOD.item(),
        GOOD.contentHash(),
        GOOD.mode(),
        GOOD.response(),
        GOOD.correct(),
        score,
        GOOD.rating(),
        GOOD.durationMs(),
        GOOD.after());
  }
}
