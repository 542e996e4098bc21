package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.stats.SeededHistory;

/**
 * {@code retain plan} over the seeded history (CliRunner's clock: 2022-12-19T10:00Z, UTC, study
 * days from 04:00). Recall on 29 December, by hand (python3, FSRS-6 defaults): short-one S=35 last
 * reviewed 14 Nov, t=45: 0.8818; numeric-one S=30 last reviewed 19 Dec, t=10: 0.9573; date-one S=3
 * last reviewed 16 Dec, t=13: 0.7744.
 */
class PlanCommandTest {

  private static final String DECK = SeededHistory.DECK.toString();

  @TempDir Path data;

  @Test
  void jsonGivesEveryItemWithItsStateAndRecallOnTheExamDay() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("plan", DECK, "--exam", "2022-12-29", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("\"exam\": \"2022-12-29T04:00:00Z\"", "\"days_left\": 10", "\"target\": 0.9")
        .contains(
            """
                {
                  "item": "short-one",
                  "topic": "misc",
                  "type": "short",
                  "state": "review",
                  "stability": 35,
                  "last_review": "2022-11-14T10:00:00Z",
                  "days_to_exam": 45,
                  "recall": 0.8818,
            """)
        .contains("\"item\": \"numeric-one\"", "\"recall\": 0.9573")
        .contains("\"item\": \"date-one\"", "\"recall\": 0.7744");
  }

  @Test
  void textSaysWhatStandsBetweenTheStudentAndTheTarget() {
    SeededHistory.write(data);

    var result =
        new CliRunner(data).run("plan", DECK, "--exam", "2022-12-29T09:00Z", "--per-day", "1");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith("Exam Thu 29 Dec 2022 09:00 · in 10 days · target 90%\n")
        .contains("never studied", "Below the target of 90%:", "Least likely to be recalled")
        .contains("  (no topic) 23% (8 cards below 50%)\n")
        .contains("Your budget of 1 a day is short by");
    assertThat(result.out().lines()).allMatch(line -> line.length() <= 60);
  }

  @Test
  void theExamDateCanComeFromConfig() throws IOException {
    Files.createDirectories(data.resolve("config/retain"));
    Files.writeString(data.resolve("config/retain/config.yaml"), "exam: 2022-12-29\n");

    var plan = new CliRunner(data).run("plan", DECK);
    var decks = new CliRunner(data).run("decks");

    assertThat(plan.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(plan.out()).startsWith("Exam Thu 29 Dec 2022 04:00 · in 10 days");
    assertThat(decks.out()).contains("exam in 10 days (config.yaml)");
  }

  @Test
  void withoutAnExamDatePlanSaysHowToGiveOne() {
    var result = new CliRunner(data).run("plan", DECK);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("give --exam DATE or set 'exam' in config.yaml");
  }

  @Test
  void aDateThatIsNotOneIsBadInput() {
    var result = new CliRunner(data).run("plan", DECK, "--exam", "next tuesday");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("--exam expects a date such as 2026-12-21");
  }

  @Test
  void statsShowTheExamLine() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("stats", DECK, "--exam", "2022-12-29");

    assertThat(result.out()).contains("Exam       Thu 29 Dec · in 10 days · predicted");
  }
}
