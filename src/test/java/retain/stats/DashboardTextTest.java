package retain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.schedule.FsrsParameters;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.store.Store;

class DashboardTextTest {

  @TempDir Path data;

  private Dashboard seeded() {
    SeededHistory.write(data);
    try (Store store = Store.openReadOnly(data).orElseThrow()) {
      return new Statistics(
              new Scheduler(FsrsParameters.defaults(), 0),
              StudyDay.in(ZoneOffset.UTC),
              SeededHistory.NOW)
          .dashboard(List.of(SeededHistory.deck()), Optional.empty(), Optional.of(store));
    }
  }

  /** The seeded dashboard with big counts, a full calendar and nine long topic names. */
  private Dashboard crowded(String deck) {
    Dashboard seeded = seeded();
    List<TopicMastery> topics = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      topics.add(new TopicMastery(Optional.of("a-very-long-topic-name-" + i), 120, 0.1 * i, 1));
    }
    return new Dashboard(
        Optional.of(deck),
        seeded.now(),
        seeded.today(),
        123_456,
        new StateCounts(100_000, 20_000, 30_000, 40_000),
        new DueCounts(12_345, 6_789, 99_999),
        seeded.retention(),
        new Heatmap(LocalDate.of(2022, 6, 27), Collections.nCopies(176, 1_000), 176),
        Collections.nCopies(14, 9_999),
        topics,
        Collections.nCopies(12, seeded.scores().get(0)));
  }

  private static List<String> plain(List<String> lines) {
    return lines.stream().map(line -> line.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
  }

  @Test
  void colourChangesNothingButTheEscapeCodes() {
    Dashboard dashboard = seeded();

    List<String> coloured =
        DashboardText.render(dashboard, new Look(true, true), ZoneOffset.UTC, 80);
    List<String> uncoloured =
        DashboardText.render(dashboard, new Look(true, false), ZoneOffset.UTC, 80);

    assertThat(String.join("\n", coloured)).contains("\u001b[32m").contains("\u001b[0m");
    assertThat(plain(coloured)).isEqualTo(uncoloured);
  }

  @Test
  void calendarAndForecastShareTheirRowsWithinEightyColumns() {
    List<String> lines = DashboardText.render(seeded(), Look.ASCII, ZoneOffset.UTC, 80);

    assertThat(lines.subList(5, 15))
        .containsExactly(
            "Reviews by day - streak 5 days      Due, next 14 days",
            "     Jul Aug  Sep Oct  Nov Dec",
            "Mon ....................=.#..#      #                            3",
            "Tue ..................#.....=       #",
            "Wed .........................       #",
            "Thu ........................#       #",
            "Fri ..................=..=..=       # .   .",
            "Sat ........................=       # #   #",
            "Sun ........................=       # #   #",
            "    less .-=+# more                 today         +7          +13");
  }

  @Test
  void manyTopicsAndLongNamesStayOnOneScreen() {
    Dashboard crowded =
        crowded("a-deck-with-a-very-long-id-that-goes-on-and-on-and-on-and-on-and-on");

    List<String> lines = DashboardText.render(crowded, new Look(true, false), ZoneOffset.UTC, 80);

    assertThat(lines)
        .hasSizeLessThanOrEqualTo(23)
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(80))
        .contains(
            "a-very-long-to~ ░░░░░░░░░░░░░░░░░░░░░░░░    0%    100%    120",
            "and 5 more topics: retain stats --format json");
  }

  @Test
  void wideTerminalsGetTheEightyColumnScreen() {
    Dashboard dashboard = seeded();

    assertThat(DashboardText.render(dashboard, Look.ASCII, ZoneOffset.UTC, 200))
        .isEqualTo(DashboardText.render(dashboard, Look.ASCII, ZoneOffset.UTC, 80));
  }

  @Test
  void sixtyColumnsKeepEveryFactWithinTheEdge() {
    List<String> lines = DashboardText.render(seeded(), Look.ASCII, ZoneOffset.UTC, 60);

    assertThat(lines)
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(60))
        .contains(
            "Cards      14 total  8 new  1 learning  3 young  2 mature",
            "Due        3 today - 1 tomorrow - 5 this week",
            "Retention  66.7% last 7 days (2/3)",
            "           50.0% last 30 days (2/4)",
            "Reviews by day - streak 5 days",
            "Mon ....................=.#..#",
            "Due, next 14 days",
            "    #                            3",
            "    today         +7          +13",
            "Scores     +#  latest 100% (quiz, 17 Dec) - mean 88% of 2");
    assertThat(lines)
        .contains(
            "Mastery by topic, weakest first      recall   mature  items",
            "dates           ==================..   90%      0%      2");
  }

  @Test
  void fortyColumnsWrapRowsAndShrinkTheTopics() {
    Dashboard crowded = crowded("a-long-deck-id");

    List<String> lines = DashboardText.render(crowded, new Look(true, false), ZoneOffset.UTC, 40);

    assertThat(lines)
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(40))
        .contains(
            "Retention  66.7% last 7 days (2/3)",
            "           50.0% last 30 days (2/4)",
            "Mastery by topic, weakest first",
            "a-very~ ░░░░░░░░    0%    100%    120",
            "and 5 more topics:",
            "retain stats --format json");
  }
}
