package retain.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The card_states table: the current FSRS state per deck and item. */
final class CardStateTable {
  private static final String COLUMNS =
      "deck, item, content_hash, state, stability, difficulty, due, last_review, scheduled_days,"
          + " step, reps, lapses";

  private static final String UPSERT =
      "INSERT INTO card_states ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (deck, item) DO UPDATE SET content_hash = excluded.content_hash,"
          + " state = excluded.state, stability = excluded.stability,"
          + " difficulty = excluded.difficulty, due = excluded.due,"
          + " last_review = excluded.last_review, scheduled_days = excluded.scheduled_days,"
          + " step = excluded.step, reps = excluded.reps, lapses = excluded.lapses";

  /**
   * All the deck's rows in one scan of the primary key, read in full only where {@code wanted}: a
   * million reviews make a hundred thousand rows, and parsing them all took most of a plan's time.
   * Times are fixed-width text, so the text comparison is the time comparison.
   */
  private static final String DUE =
      "SELECT item, due < ?2 OR state = 'new' AS wanted, "
          + COLUMNS
          + " FROM card_states WHERE deck = ?1";

  private final Connection connection;

  CardStateTable(Connection connection) {
    this.connection = connection;
  }

  /** Inserts or replaces one card's state. */
  void put(CardKey key, StoredCardState stored) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      bind(upsert, key, stored);
      upsert.executeUpdate();
    }
  }

  /** Inserts or replaces many states with one prepared statement (for a rebuild). */
  void putAll(Map<CardKey, StoredCardState> states) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (var entry : states.entrySet()) {
        bind(upsert, entry.getKey(), entry.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void bind(PreparedStatement upsert, CardKey key, StoredCardState stored)
      throws SQLException {
    upsert.setString(1, key.deck());
    upsert.setString(2, key.item());
    upsert.setString(3, stored.contentHash());
    Rows.bindCardState(upsert, 4, stored.state());
  }

  /** Forgets one card's state: it is new again. */
  void delete(CardKey key) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM card_states WHERE deck = ? AND item = ?")) {
      delete.setString(1, key.deck());
      delete.setString(2, key.item());
      delete.executeUpdate();
    }
  }

  /** Forgets the states of one deck, or of every deck. */
  void deleteAll(Optional<String> deck) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(onDeck("DELETE FROM card_states", deck))) {
      bindDeck(delete, deck);
      delete.executeUpdate();
    }
  }

  /** One card's state, if it was ever reviewed. */
  Optional<StoredCardState> find(CardKey key) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM card_states WHERE deck = ? AND item = ?")) {
      select.setString(1, key.deck());
      select.setString(2, key.item());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Rows.storedCardState(row, "") : Optional.empty();
      }
    }
  }

  /** The states of one deck, or of every deck, in key order. */
  Map<CardKey, StoredCardState> all(Optional<String> deck) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            onDeck("SELECT * FROM card_states", deck) + " ORDER BY deck, item")) {
      bindDeck(select, deck);
      Map<CardKey, StoredCardState> states = new LinkedHashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          states.put(
              new CardKey(row.getString("deck"), row.getString("item")),
              Rows.storedCardState(row, "").orElseThrow());
        }
      }
      return states;
    }
  }

  /** The deck's states due before {@code before}, and the ids of its other studied cards. */
  DueStates due(String deck, Instant before) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(DUE)) {
      select.setString(1, deck);
      select.setString(2, Times.format(before));
      Map<String, StoredCardState> due = new HashMap<>();
      Set<String> later = new HashSet<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String item = row.getString(1);
          if (row.getInt(2) == 1) {
            due.put(item, Rows.storedCardState(row, "").orElseThrow());
          } else {
            later.add(item);
          }
        }
      }
      return new DueStates(due, later);
    }
  }

  /**
   * Adds "WHERE deck = ?" when a deck is given: a separate statement rather than "?1 IS NULL OR
   * deck = ?1", which would keep SQLite from using the primary key.
   */
  private static String onDeck(String sql, Optional<String> deck) {
    return deck.isPresent() ? sql + " WHERE deck = ?" : sql;
  }

  private static void bindDeck(PreparedStatement statement, Optional<String> deck)
      throws SQLException {
    if (deck.isPresent()) {
      statement.setString(1, deck.get());
    }
  }
}
