package retain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReviewColumnsTest {

  @Test
  void aRatedReviewHasEveryColumnInOrderWithIsoTimesAndWords() {
    var columns = ReviewColumns.of(HistoryFixtures.studied());

    assertThat(columns.keySet()).containsExactlyElementsOf(ReviewColumns.NAMES);
    assertThat(new ArrayList<>(columns.values()))
        .containsExactly(
            "2022-12-19T22:30:15.250Z",
            "belarus-russia-2022",
            "minsk-visit",
            "study",
            "19 Dec",
            true,
            1.0,
            "easy",
            4200L,
            "review",
            8.2956,
            1.0,
            "2022-12-27T22:30:15.250Z");
  }

  @Test
  void anUnansweredExamItemHasNullsWhereItHasNoResponseOrSchedule() {
    var columns = ReviewColumns.of(HistoryFixtures.unansweredExam());

    assertThat(new ArrayList<>(columns.values()))
        .isEqualTo(
            Arrays.asList(
                "2022-12-19T22:30:15.250Z",
                "belarus-russia-2022",
                "protocol-date",
                "exam",
                null,
                false,
                0.0,
                null,
                0L,
                null,
                null,
                null,
                null));
  }
}
