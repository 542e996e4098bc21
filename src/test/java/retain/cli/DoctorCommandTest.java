package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

  @TempDir Path data;
  @TempDir Path config;

  /** A runner reading config.yaml from {@link #config} (empty: the defaults), never the user's. */
  private CliRunner runner() {
    return new CliRunner(data, Map.of("XDG_CONFIG_HOME", config.toString()));
  }

  /**
   * Two sessions two days apart: the second schedules security-agreement-year 12 days ahead, an
   * interval FSRS fuzzes, so an exact replay must reproduce the fuzz too.
   */
  @BeforeEach
  void studyTwice() throws IOException {
    Files.createDirectories(config.resolve("retain"));
    var first =
        runner()
            .runWithInput(
                "2022-12-19\nwrong\n1997\n", "study", "belarus-russia-2022", "--limit", "3");
    var second =
        runner()
            .runWithInput(
                "2022-12-19\n2022-12-03\n1997\n",
                "--now",
                "2022-12-21T09:30:00Z",
                "study",
                "belarus-russia-2022",
                "--new",
                "0");
    assertThat(first.exitCode()).isZero();
    assertThat(second.out()).contains("rated good: next review in 12 days (Mon 2 Jan 2023)");
  }

  @Test
  void aHealthyStoreIsOk() {
    var result = runner().run("doctor");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEqualTo("retain.db: ok (6 reviews, 3 card states)\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void rebuildReproducesTheStoredStatesExactly() throws SQLException {
    List<String> before = cardStateRows();

    var result = runner().run("doctor", "--rebuild");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEqualTo("rebuilt 3 card states from 6 reviews: 0 corrected\n");
    assertThat(cardStateRows()).isEqualTo(before);
  }

  @Test
  void aDamagedStateIsReportedThenCorrectedByRebuild() throws SQLException {
    List<String> healthy = cardStateRows();
    execute("UPDATE card_states SET stability = 99 WHERE item = 'security-agreement-year'");

    var check = runner().run("doctor");
    var rebuild = runner().run("doctor", "--rebuild");

    String line = "  belarus-russia-2022/security-agreement-year: stability 99.0 -> 10.96433194\n";
    assertThat(check.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(check.out())
        .isEqualTo(
            "retain.db: 1 card state out of step with the reviews; to correct: retain doctor"
                + " --rebuild\n"
                + line);
    assertThat(rebuild.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(rebuild.out())
        .isEqualTo("rebuilt 3 card states from 6 reviews: 1 corrected\n" + line);
    assertThat(cardStateRows()).isEqualTo(healthy);
    assertThat(runner().run("doctor").exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aLostStateComesBackAndAStrayOneGoes() throws SQLException {
    List<String> healthy = cardStateRows();
    execute("DELETE FROM card_states WHERE item = 'minsk-visit'");
    execute(
        "INSERT INTO card_states SELECT deck, 'stray', content_hash, state, stability, difficulty,"
            + " due, last_review, scheduled_days, step, reps, lapses FROM card_states"
            + " WHERE item = 'protocol-date'");

    var result = runner().run("doctor", "--rebuild");

    assertThat(result.out())
        .isEqualTo(
            """
            rebuilt 3 card states from 6 reviews: 2 corrected
              belarus-russia-2022/minsk-visit: no stored state -> learning, stability 0.6075801, due 2022-12-21T09:31:00Z
              belarus-russia-2022/stray: no rated review, so its state is removed (was learning, stability 0.11279815, due 2022-12-21T09:31:00Z)
            """);
    assertThat(cardStateRows()).isEqualTo(healthy);
  }

  @Test
  void otherSettingsRescheduleTheCardsAndSaySo() throws IOException {
    Files.writeString(config.resolve("retain/config.yaml"), "desired_retention: 0.8\n");

    var result = runner().run("doctor", "--rebuild");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith("rebuilt 3 card states from 6 reviews: 1 corrected\n")
        .contains("  belarus-russia-2022/security-agreement-year: due 2023-01-02T09:30:00Z -> ")
        .endsWith(
            "note: 1 review replayed to a different schedule than stored (were the FSRS settings"
                + " changed?)\n");
  }

  @Test
  void aFailedIntegrityCheckExitsOneAndListsTheProblems() throws SQLException {
    execute(
        "INSERT INTO reviews (id, session_id, at, deck, item, content_hash, mode, response,"
            + " correct, score, rating, duration_ms) VALUES (100, 999, '2022-12-22T00:00:00.000Z',"
            + " 'belarus-russia-2022', 'minsk-visit', 'h', 'exam', NULL, 0, 0, NULL, 0)");

    var result = runner().run("doctor", "--rebuild");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out())
        .isEqualTo(
            "retain.db: SQLite's integrity check found 1 problem\n"
                + "  reviews row 100 refers to a missing sessions row\n"
                + "to repair: "
                + recovery()
                + "\n");
  }

  /** Issue 15: one damaged timestamp made doctor, history and stats exit 70. */
  @Test
  void aDamagedReviewTimeIsReportedByDoctorAndSkippedWithAWarningElsewhere() throws SQLException {
    execute("UPDATE reviews SET at = 'garbage' WHERE id = 2");
    Path file = data.resolve("retain.db");

    var doctor = runner().run("doctor");
    var history = runner().run("history");
    var stats = runner().run("stats");

    assertThat(doctor.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(doctor.out())
        .isEqualTo(
            "retain.db: 1 review cannot be read:\n"
                + "  review 2: Text 'garbage' could not be parsed at index 0\n"
                + "history and stats leave them out; to repair, correct their values with sqlite3,"
                + " or "
                + recovery()
                + "\n");
    String warning =
        "retain: warning: skipped review 2: Text 'garbage' could not be parsed at index 0"
            + " (a damaged row in "
            + file
            + "; run retain doctor)\n";
    assertThat(history.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(history.err()).isEqualTo(warning);
    assertThat(history.out()).endsWith("\n5 reviews\n");
    assertThat(stats.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(stats.err()).isEqualTo(warning);
  }

  @Test
  void withoutAStoreThereIsNothingToCheckAndNothingIsCreated(@TempDir Path empty) {
    var result = new CliRunner(empty.resolve("none")).run("doctor", "--rebuild");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo("no retain.db in " + empty.resolve("none") + " yet: nothing to check\n");
    assertThat(empty.resolve("none")).doesNotExist();
  }

  @Test
  void theRootHelpListsDoctorWithItsHeader() {
    assertThat(runner().run("--help").out())
        .contains(
            "\n  doctor      Check the progress store; --rebuild recomputes card schedules.\n");
  }

  /** The repair advice doctor prints, with this test's paths. */
  private String recovery() {
    Path file = data.resolve("retain.db");
    Path recovered = data.resolve("retain.db.recovered");
    return "restore it from a backup, or recover what SQLite can still read with `sqlite3 "
        + file
        + " .recover | sqlite3 "
        + recovered
        + "` and, keeping the damaged file, move "
        + recovered
        + " to "
        + file
        + "; or move the file away to start afresh";
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("retain.db"));
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  /** Every card_states row in key order, doubles in full (Double.toString round-trips). */
  private List<String> cardStateRows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT * FROM card_states ORDER BY deck, item")) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          text.append(row.getObject(i)).append('|');
        }
        rows.add(text.toString());
      }
    }
    assertThat(rows).hasSize(3);
    return rows;
  }
}
