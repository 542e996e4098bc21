package retain.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.Rating;
import retain.schedule.State;

/** Converts between JDBC rows and the store's records; the column names are 001-schema.sql's. */
final class Rows {
  private Rows() {}

  /** Binds the nine FSRS columns (state … lapses) from {@code first} on. */
  static void bindCardState(PreparedStatement statement, int first, CardState state)
      throws SQLException {
    statement.setString(first, state.state().name().toLowerCase(Locale.ROOT));
    statement.setDouble(first + 1, state.stability());
    statement.setDouble(first + 2, state.difficulty());
    statement.setString(first + 3, Times.format(state.due()));
    statement.setString(first + 4, state.lastReview().map(Times::format).orElse(null));
    statement.setInt(first + 5, state.scheduledDays());
    statement.setInt(first + 6, state.step());
    statement.setInt(first + 7, state.reps());
    statement.setInt(first + 8, state.lapses());
  }

  /** Binds the nine FSRS columns to NULL, for an exam answer. */
  static void bindNoCardState(PreparedStatement statement, int first) throws SQLException {
    statement.setNull(first, Types.VARCHAR);
    statement.setNull(first + 1, Types.REAL);
    statement.setNull(first + 2, Types.REAL);
    statement.setNull(first + 3, Types.VARCHAR);
    statement.setNull(first + 4, Types.VARCHAR);
    for (int offset = 5; offset < 9; offset++) {
      statement.setNull(first + offset, Types.INTEGER);
    }
  }

  /** The card state in the columns named {@code prefix + "state"} and so on, if not NULL. */
  static Optional<StoredCardState> storedCardState(ResultSet row, String prefix)
      throws SQLException {
    String hash = row.getString(prefix + "content_hash");
    Optional<CardState> state = cardState(row, prefix);
    return state.map(present -> new StoredCardState(hash, present));
  }

  static Optional<CardState> cardState(ResultSet row, String prefix) throws SQLException {
    String state = row.getString(prefix + "state");
    if (state == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CardState(
            State.valueOf(state.toUpperCase(Locale.ROOT)),
            row.getDouble(prefix + "stability"),
            row.getDouble(prefix + "difficulty"),
            Times.parse(row.getString(prefix + "due")),
            Times.parseNullable(row.getString(prefix + "last_review")),
            row.getInt(prefix + "scheduled_days"),
            row.getInt(prefix + "step"),
            row.getInt(prefix + "reps"),
            row.getInt(prefix + "lapses")));
  }

  static ReviewRecord review(ResultSet row) throws SQLException {
    int rating = row.getInt("rating");
    Optional<Rating> maybeRating =
        row.wasNull() ? Optional.empty() : Optional.of(Rating.ofGrade(rating));
    return new ReviewRecord(
        row.getLong("session_id"),
        Times.parse(row.getString("at")),
        row.getString("deck"),
        row.getString("item"),
        row.getString("content_hash"),
        Mode.ofSqlName(row.getString("mode")),
        Optional.ofNullable(row.getString("response")),
        row.getInt("correct") == 1,
        row.getDouble("score"),
        maybeRating,
        row.getLong("duration_ms"),
        cardState(row, ""));
  }

  static SessionRecord session(ResultSet row) throws SQLException {
    return new SessionRecord(
        row.getLong("id"),
        row.getString("deck"),
        Mode.ofSqlName(row.getString("mode")),
        Optional.ofNullable(row.getString("student")),
        Times.parse(row.getString("started")),
        Times.parseNullable(row.getString("ended")),
        row.getInt("answered"),
        row.getInt("correct"),
        row.getDouble("score"),
        row.getDouble("max"));
  }
}
