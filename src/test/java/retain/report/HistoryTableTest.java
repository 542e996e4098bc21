package retain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HistoryTableTest {

  @Test
  void timesAreShownInTheUsersZoneToTheMinute() {
    var table = new HistoryTable(ZoneId.of("Europe/Minsk"), 19, 13);

    assertThat(table.header() + table.row(HistoryFixtures.studied()))
        .isEqualTo(
            """
            time              deck                 card           mode   result   rating  next due
            2022-12-20 01:30  belarus-russia-2022  minsk-visit    study  right    easy    2022-12-28 01:30
            """);
  }

  @Test
  void anUnansweredExamItemIsBlankWithNoRatingOrDueTime() {
    var table = new HistoryTable(ZoneId.of("UTC"), 19, 13);

    assertThat(table.row(HistoryFixtures.unansweredExam()))
        .isEqualTo(
            "2022-12-19 22:30  belarus-russia-2022  protocol-date  exam   blank    -       -\n");
  }

  @Test
  void narrowIdsStillFitTheColumnTitles() {
    assertThat(new HistoryTable(ZoneId.of("UTC"), 1, 1).header())
        .isEqualTo("time              deck  card  mode   result   rating  next due\n");
  }
}
