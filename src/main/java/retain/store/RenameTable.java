package retain.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The statements that move stored history from a former deck or item id to the current one. */
final class RenameTable {

  private static final String DECK_HAS_HISTORY =
      "SELECT EXISTS (SELECT 1 FROM sessions WHERE deck = ?1)"
          + " OR EXISTS (SELECT 1 FROM card_states WHERE deck = ?1)";

  private static final String ITEM_HAS_HISTORY =
      "SELECT EXISTS (SELECT 1 FROM reviews WHERE deck = ?1 AND item = ?2)"
          + " OR EXISTS (SELECT 1 FROM card_states WHERE deck = ?1 AND item = ?2)";

  private static final List<String> MOVE_DECK =
      List.of(
          "UPDATE sessions SET deck = ?2 WHERE deck = ?1",
          "UPDATE reviews SET deck = ?2 WHERE deck = ?1",
          "UPDATE card_states SET deck = ?2 WHERE deck = ?1");

  /** The hash is replaced only where it is the item's own under its former id. */
  private static final List<String> MOVE_ITEM =
      List.of(
          "UPDATE reviews SET item = ?3,"
              + " content_hash = CASE content_hash WHEN ?4 THEN ?5 ELSE content_hash END,"
              + " prev_content_hash = CASE prev_content_hash WHEN ?4 THEN ?5"
              + " ELSE prev_content_hash END"
              + " WHERE deck = ?1 AND item = ?2",
          "UPDATE card_states SET item = ?3,"
              + " content_hash = CASE content_hash WHEN ?4 THEN ?5 ELSE content_hash END"
              + " WHERE deck = ?1 AND item = ?2");

  private final Connection connection;

  RenameTable(Connection connection) {
    this.connection = connection;
  }

  /**
   * Moves the history of a deck's former ids, then of each renamed item, onto current ids that have
   * none; the caller holds the transaction.
   */
  MovedHistory move(String deck, List<String> formerDecks, List<ItemRename> items)
      throws SQLException {
    List<String> moved = new ArrayList<>();
    List<String> clashed = new ArrayList<>();
    for (String former : formerDecks) {
      if (!deckHasHistory(former)) {
        continue;
      }
      boolean clash = deckHasHistory(deck);
      (clash ? clashed : moved).add(former);
      if (!clash) {
        moveDeck(former, deck);
      }
    }
    for (ItemRename item : items) {
      if (!itemHasHistory(deck, item.from())) {
        continue;
      }
      boolean clash = itemHasHistory(deck, item.to());
      (clash ? clashed : moved).add(item.from());
      if (!clash) {
        moveItem(deck, item);
      }
    }
    return new MovedHistory(moved, clashed);
  }

  /** Whether any session or card state is stored under the deck id. */
  boolean deckHasHistory(String deck) throws SQLException {
    return exists(DECK_HAS_HISTORY, deck);
  }

  /** Whether any review or card state is stored under the item of the deck. */
  boolean itemHasHistory(String deck, String item) throws SQLException {
    return exists(ITEM_HAS_HISTORY, deck, item);
  }

  /** Puts everything stored under deck id {@code from} under {@code to}. */
  void moveDeck(String from, String to) throws SQLException {
    for (String statement : MOVE_DECK) {
      run(statement, from, to);
    }
  }

  /** Puts the reviews and state of one item of {@code deck} under its current id. */
  void moveItem(String deck, ItemRename rename) throws SQLException {
    for (String statement : MOVE_ITEM) {
      run(statement, deck, rename.from(), rename.to(), rename.hashBefore(), rename.hashAfter());
    }
  }

  private boolean exists(String query, String... values) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(query)) {
      bind(select, values);
      try (ResultSet row = select.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  private void run(String statement, String... values) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(statement)) {
      bind(update, values);
      update.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, String... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setString(i + 1, values[i]);
    }
  }
}
