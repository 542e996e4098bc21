package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving the history of a renamed deck is one transaction (issue 16): a process killed at any
 * moment leaves every row under the old id or every row under the new one, and none lost.
 */
class RenameKillIT {

  private static final String CARD = "    q: Which moon of Jupiter has an ocean?\n    a: Europa\n";
  private static final int REVIEWS = 200_000;

  @TempDir Path data;

  @Test
  void aKillDuringTheMoveLeavesTheHistoryWholeUnderOneId() throws Exception {
    Path old = data.resolve("old.yaml");
    Path renamed = data.resolve("new.yaml");
    Files.writeString(old, "id: solar-system\ntitle: Space\ncards:\n  - id: europa\n" + CARD);
    Files.writeString(
        renamed, "id: space\nwas: [solar-system]\ntitle: Space\ncards:\n  - id: europa\n" + CARD);
    var runner = new JarRunner(data, Map.of());
    String store = data.resolve("store").toString();
    assertThat(runner.run("Europa\n", "--data", store, "study", old.toString()).exitCode())
        .isZero();
    Path file = data.resolve("store/retain.db");
    multiplyReviews(file);

    // kills at growing delays: early ones land before, during or after the move
    for (int delay = 300; delay <= 2400; delay += 300) {
      var lint = LiveProcess.start(runner, "--data", store, "lint", renamed.toString());
      Thread.sleep(delay);
      lint.kill();
      assertThat(decksOf(file)).hasSize(1);
      assertThat(count(file, "SELECT count(*) FROM reviews")).isEqualTo(REVIEWS + 1);
    }
    assertThat(runner.run("", "--data", store, "lint", renamed.toString()).exitCode()).isZero();
    assertThat(decksOf(file)).containsExactly("space");
    assertThat(count(file, "SELECT count(*) FROM reviews")).isEqualTo(REVIEWS + 1);
  }

  /** A long history makes the move take long enough to be killed in the middle. */
  private static void multiplyReviews(Path file) throws SQLException {
    execute(
        file,
        "INSERT INTO reviews (session_id, at, deck, item, content_hash, mode, response, correct,"
            + " score, rating, duration_ms, state, stability, difficulty, due, last_review,"
            + " scheduled_days, step, reps, lapses)"
            + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            + REVIEWS
            + ") SELECT session_id, at, deck, item, content_hash, mode, response, correct, score,"
            + " rating, duration_ms, state, stability, difficulty, due, last_review,"
            + " scheduled_days, step, reps, lapses FROM reviews, n");
  }

  /** The distinct deck ids of sessions, reviews and card states together. */
  private static List<String> decksOf(Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT deck FROM sessions UNION SELECT deck FROM reviews"
                    + " UNION SELECT deck FROM card_states")) {
      List<String> decks = new java.util.ArrayList<>();
      while (rows.next()) {
        decks.add(rows.getString(1));
      }
      return decks;
    }
  }

  private static long count(Path file, String query) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      return row.getLong(1);
    }
  }

  private static void execute(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
