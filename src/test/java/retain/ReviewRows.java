package retain;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reviews of a store file with plain JDBC, the way a user with {@code sqlite3} would, so
 * subprocess tests check the file itself and not the store code under test.
 */
final class ReviewRows {

  /** One row of {@code reviews}: which item, what was answered, in which session. */
  record Row(long session, String deck, String item, String response) {}

  private ReviewRows() {}

  /** Every review in {@code file}, oldest first. */
  static List<Row> read(Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT session_id, deck, item, response FROM reviews ORDER BY id")) {
      List<Row> all = new ArrayList<>();
      while (rows.next()) {
        all.add(new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
      return all;
    }
  }
}
