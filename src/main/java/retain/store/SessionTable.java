package retain.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sessions table: one row per study, quiz or exam run, with its totals. */
final class SessionTable {
  /** Recomputed rather than incremented: an undo then leaves no floating-point residue. */
  private static final String REFRESH_TOTALS =
      "UPDATE sessions SET (answered, correct, score, max) ="
          + " (SELECT count(response), coalesce(sum(correct), 0), coalesce(sum(score), 0.0),"
          + " count(*) FROM reviews WHERE session_id = ?1) WHERE id = ?1";

  private final Connection connection;

  SessionTable(Connection connection) {
    this.connection = connection;
  }

  /** Inserts a running session and returns its id. */
  long insert(String deck, Mode mode, Optional<String> student, Instant started)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sessions (deck, mode, student, started) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, deck);
      insert.setString(2, mode.sqlName());
      insert.setString(3, student.orElse(null));
      insert.setString(4, Times.format(started));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Sets the end time; returns false when there is no such session. */
  boolean finish(long id, Instant ended) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE sessions SET ended = ? WHERE id = ?")) {
      update.setString(1, Times.format(ended));
      update.setLong(2, id);
      return update.executeUpdate() == 1;
    }
  }

  /** Recomputes a session's totals from its reviews. */
  void refreshTotals(long id) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(REFRESH_TOTALS)) {
      update.setLong(1, id);
      update.executeUpdate();
    }
  }

  /** One session, if it exists. */
  Optional<SessionRecord> find(long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM sessions WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Rows.session(row)) : Optional.empty();
      }
    }
  }

  /** The sessions of one deck, or of all, oldest first. */
  List<SessionRecord> all(Optional<String> deck) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM sessions WHERE ?1 IS NULL OR deck = ?1 ORDER BY started, id")) {
      select.setString(1, deck.orElse(null));
      List<SessionRecord> sessions = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          sessions.add(Rows.session(row));
        }
      }
      return sessions;
    }
  }
}
