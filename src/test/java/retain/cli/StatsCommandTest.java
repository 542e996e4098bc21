package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.stats.SeededHistory;

class StatsCommandTest {

  private static final String DECK = SeededHistory.DECK.toString();

  @TempDir Path data;

  @Test
  void jsonCarriesTheSeededNumbers() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("stats", DECK, "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith(
            """
            {
              "deck": "every-type",
              "now": "2022-12-19T10:00:00Z",
              "today": "2022-12-19",
              "reviews": 15,
              "cards": {
                "total": 14,
                "new": 8,
                "learning": 1,
                "young": 3,
                "mature": 2
              },
              "due": {
                "today": 3,
                "tomorrow": 1,
                "week": 5
              },
              "retention": [
                {
                  "days": 7,
                  "passed": 2,
                  "answered": 3,
                  "rate": 0.6667
                },
                {
                  "days": 30,
                  "passed": 2,
                  "answered": 4,
                  "rate": 0.5
                }
              ],
              "heatmap": {
                "first": "2022-06-27",
                "counts": [
            """)
        .contains(
            """
                ],
                "streak": 5
              },
              "forecast": [
                3,
                1,
                0,
                1,
            """)
        .endsWith(
            """
              "topics": [
                {
                  "topic": null,
                  "items": 11,
                  "retrievability": 0.2636,
                  "mature": 0.0909
                },
                {
                  "topic": "dates",
                  "items": 2,
                  "retrievability": 0.9,
                  "mature": 0
                },
                {
                  "topic": "misc",
                  "items": 1,
                  "retrievability": 0.9,
                  "mature": 1
                }
              ],
              "scores": [
                {
                  "session": 2,
                  "deck": "every-type",
                  "mode": "exam",
                  "started": "2022-12-10T10:00:00Z",
                  "percent": 75
                },
                {
                  "session": 3,
                  "deck": "every-type",
                  "mode": "quiz",
                  "started": "2022-12-17T10:00:00Z",
                  "percent": 100
                }
              ]
            }
            """);
  }

  @Test
  void dashboardFitsEightyColumnsAndTwentyFourLines() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("stats", DECK);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out().lines().toList())
        .hasSizeLessThanOrEqualTo(23)
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(80))
        .contains(
            "Cards      14 total · 8 new · 1 learning · 3 young · 2 mature",
            "Due        3 today · 1 tomorrow · 5 this week",
            "Retention  66.7% last 7 days (2/3) · 50.0% last 30 days (2/4)",
            "Scores     ▆█  latest 100% (quiz, 17 Dec) · mean 88% of 2");
    assertThat(result.out()).doesNotContain("\u001b[");
  }

  @Test
  void dashboardFollowsTheTerminalsWidth() {
    SeededHistory.write(data);

    var result =
        new CliRunner(data, Map.of("COLUMNS", "60")).run("stats", DECK, "--exam", "2023-01-20");

    assertThat(result.out().lines().toList())
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(60))
        .contains("Retention  66.7% last 7 days (2/3)", "Due, next 14 days")
        .anySatisfy(line -> assertThat(line).startsWith("Exam       Fri 20 Jan"))
        .anySatisfy(line -> assertThat(line).endsWith("recall on the day"));
  }

  @Test
  void noColorDrawsPlainAscii() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("--no-color", "stats", DECK);

    assertThat(result.out()).matches("[\\x20-\\x7e\\n]*");
    assertThat(result.out()).contains("Scores     +#  latest 100% (quiz, 17 Dec) - mean 88% of 2");
  }

  @Test
  void dumbTerminalDrawsPlainAscii() {
    SeededHistory.write(data);

    var result = new CliRunner(data, Map.of("TERM", "dumb")).run("stats", DECK);

    assertThat(result.out()).matches("[\\x20-\\x7e\\n]*");
  }

  @Test
  void withoutReviewsSaysHowToStartAndCreatesNoStore() {
    var result = new CliRunner(data).run("stats", DECK);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            retain stats · every-type                                       Mon 19 Dec 2022
            Cards      14 total · 14 new · 0 learning · 0 young · 0 mature

            no reviews yet: try `retain study every-type`
            """);
    assertThat(data.resolve("retain.db")).doesNotExist();
  }

  @Test
  void refusesFormatsOtherThanTextAndJson() {
    var result = new CliRunner(data).run("stats", "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("'stats' writes text, json, not 'csv'");
  }
}
