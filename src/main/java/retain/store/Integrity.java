package retain.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own checks, for {@code retain doctor}. */
final class Integrity {
  private Integrity() {}

  /** The problems found by PRAGMA integrity_check and foreign_key_check; empty when healthy. */
  static List<String> problems(Connection connection) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
        while (row.next()) {
          if (!"ok".equals(row.getString(1))) {
            problems.add(row.getString(1));
          }
        }
      }
      try (ResultSet row = statement.executeQuery("PRAGMA foreign_key_check")) {
        while (row.next()) {
          problems.add(
              row.getString("table")
                  + " row "
                  + row.getLong("rowid")
                  + " refers to a missing "
                  + row.getString("parent")
                  + " row");
        }
      }
    }
    return problems;
  }
}
