package retain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.schedule.FsrsParameters;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.store.Mode;
import retain.store.Store;

class StatisticsTest {

  @TempDir Path data;

  private Dashboard dashboard() {
    SeededHistory.write(data);
    var statistics =
        new Statistics(
            new Scheduler(FsrsParameters.defaults(), 0),
            StudyDay.in(ZoneOffset.UTC),
            SeededHistory.NOW);
    try (Store store = Store.openReadOnly(data).orElseThrow()) {
      return statistics.dashboard(
          List.of(SeededHistory.deck()), Optional.of("every-type"), Optional.of(store));
    }
  }

  @Test
  void countsItemsByStateAndDueDay() {
    Dashboard dashboard = dashboard();

    assertThat(dashboard.cards()).isEqualTo(new StateCounts(8, 1, 3, 2));
    assertThat(dashboard.due()).isEqualTo(new DueCounts(3, 1, 5));
    assertThat(dashboard.forecast()).containsExactly(3, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertThat(dashboard.reviews()).isEqualTo(15);
  }

  @Test
  void trueRetentionCountsOnlyAnswersToCardsInReview() {
    assertThat(dashboard().retention())
        .containsExactly(new Retention(7, 2, 3), new Retention(30, 2, 4));
  }

  @Test
  void calendarCoversTwentySixWeeksFromAMondayWithTheStreak() {
    Heatmap heatmap = dashboard().heatmap();

    assertThat(heatmap.first()).isEqualTo(LocalDate.of(2022, 6, 27));
    assertThat(heatmap.last()).isEqualTo(LocalDate.of(2022, 12, 19));
    assertThat(heatmap.counts().subList(heatmap.counts().size() - 7, heatmap.counts().size()))
        .containsExactly(1, 0, 2, 1, 1, 1, 2);
    assertThat(heatmap.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(15);
    assertThat(heatmap.streak()).isEqualTo(5);
  }

  @Test
  void masteryIsMeanRecallWithNewItemsAtZeroWeakestFirst() {
    assertThat(dashboard().topics())
        .extracting(topic -> topic.topic().orElse("-"))
        .containsExactly("-", "dates", "misc");
    TopicMastery none = dashboard().topics().get(0);
    assertThat(none.items()).isEqualTo(11);
    assertThat(none.retrievability()).isCloseTo(2.9 / 11, offset(1e-9));
    assertThat(none.mature()).isCloseTo(1.0 / 11, offset(1e-12));
  }

  @Test
  void scoresAreQuizzesAndExamsOldestFirst() {
    assertThat(dashboard().scores())
        .extracting(ScorePoint::mode, ScorePoint::percent)
        .containsExactly(tuple(Mode.EXAM, 75.0), tuple(Mode.QUIZ, 100.0));
  }

  @Test
  void withoutAStoreEverythingIsNewAndEmpty() {
    var statistics =
        new Statistics(
            new Scheduler(FsrsParameters.defaults(), 0),
            StudyDay.in(ZoneOffset.UTC),
            SeededHistory.NOW);

    Dashboard dashboard =
        statistics.dashboard(List.of(SeededHistory.deck()), Optional.empty(), Optional.empty());

    assertThat(dashboard.isEmpty()).isTrue();
    assertThat(dashboard.cards()).isEqualTo(new StateCounts(14, 0, 0, 0));
    assertThat(dashboard.heatmap().streak()).isZero();
  }
}
