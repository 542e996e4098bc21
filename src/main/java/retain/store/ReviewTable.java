package retain.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The reviews table: every graded answer, with the card state it replaced. */
final class ReviewTable {
  /**
   * Copies the card's current row (or NULLs when it has none) into the prev_ columns in the same
   * statement, so :undo restores what was stored, even if another process wrote it.
   */
  private static final String INSERT =
      "INSERT INTO reviews (session_id, at, deck, item, content_hash, mode, response, correct,"
          + " score, rating, duration_ms, state, stability, difficulty, due, last_review,"
          + " scheduled_days, step, reps, lapses, prev_content_hash, prev_state, prev_stability,"
          + " prev_difficulty, prev_due, prev_last_review, prev_scheduled_days, prev_step,"
          + " prev_reps, prev_lapses)"
          + " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
          + " ?18, ?19, ?20, c.content_hash, c.state, c.stability, c.difficulty, c.due,"
          + " c.last_review, c.scheduled_days, c.step, c.reps, c.lapses"
          + " FROM (SELECT 1) LEFT JOIN card_states c ON c.deck = ?3 AND c.item = ?4";

  private static final String SELECT =
      "SELECT * FROM reviews WHERE (?1 IS NULL OR deck = ?1) AND (?2 IS NULL OR item = ?2)"
          + " AND (?3 IS NULL OR at >= ?3) ORDER BY at, id";

  /**
   * A card was new before a review when it had no stored state (or a rebuilt 'new' one). Only
   * answers to cards in review count against the review limit, as in Anki: learning steps do not.
   */
  private static final String DAILY_COUNTS =
      "SELECT count(*) FILTER (WHERE prev_state IS NULL OR prev_state = 'new'),"
          + " count(*) FILTER (WHERE prev_state = 'review')"
          + " FROM reviews WHERE deck = ? AND at >= ? AND rating IS NOT NULL";

  private final Connection connection;

  private final Set<String> unreadable = new LinkedHashSet<>(); // a command may read twice

  ReviewTable(Connection connection) {
    this.connection = connection;
  }

  /** Inserts a review, remembering the card's stored state before it. */
  void insert(ReviewRecord review) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setLong(1, review.sessionId());
      insert.setString(2, Times.format(review.at()));
      insert.setString(3, review.deck());
      insert.setString(4, review.item());
      insert.setString(5, review.contentHash());
      insert.setString(6, review.mode().sqlName());
      insert.setString(7, review.response().orElse(null));
      insert.setInt(8, review.correct() ? 1 : 0);
      insert.setDouble(9, review.score());
      if (review.rating().isPresent()) {
        insert.setInt(10, review.rating().get().grade());
      } else {
        insert.setNull(10, Types.INTEGER);
      }
      insert.setLong(11, review.durationMs());
      if (review.after().isPresent()) {
        Rows.bindCardState(insert, 12, review.after().get());
      } else {
        Rows.bindNoCardState(insert, 12);
      }
      insert.executeUpdate();
    }
  }

  /** The newest review of a session with its id and the card state it replaced. */
  Optional<Latest> latestOfSession(long sessionId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM reviews WHERE session_id = ? ORDER BY id DESC LIMIT 1")) {
      select.setLong(1, sessionId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Latest(row.getLong("id"), Rows.review(row), Rows.storedCardState(row, "prev_")));
      }
    }
  }

  /** Deletes one review. */
  void delete(long id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM reviews WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  /** Passes the matching reviews to {@code action}, oldest first, without holding them all. */
  void forEach(ReviewFilter filter, Consumer<ReviewRecord> action) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, filter.deck().orElse(null));
      select.setString(2, filter.item().orElse(null));
      select.setString(3, filter.since().map(Times::format).orElse(null));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          readable(row).ifPresent(action);
        }
      }
    }
  }

  /** The rows {@link #forEach} skipped so far, each as "review ID: why". */
  List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /**
   * The review in this row, or empty (and the row remembered) when a value in it was damaged
   * outside retain: one bad timestamp made history, stats and doctor fail (issue 15).
   */
  private Optional<ReviewRecord> readable(ResultSet row) throws SQLException {
    try {
      return Optional.of(Rows.review(row));
    } catch (DateTimeException | IllegalArgumentException damaged) {
      unreadable.add("review " + row.getLong("id") + ": " + damaged.getMessage());
      return Optional.empty();
    }
  }

  /** New cards introduced and other rated reviews of a deck since an instant. */
  DailyCounts dailyCounts(String deck, Instant since) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(DAILY_COUNTS)) {
      select.setString(1, deck);
      select.setString(2, Times.format(since));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new DailyCounts(row.getInt(1), row.getInt(2));
      }
    }
  }

  /**
   * A stored review about to be undone.
   *
   * @param before the card state the review replaced; empty when the card was new
   */
  record Latest(long id, ReviewRecord review, Optional<StoredCardState> before) {}
}
