package retain.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Explicit write transactions. BEGIN IMMEDIATE takes the write lock up front, so a second process
 * waits on the busy timeout instead of failing with SQLITE_BUSY when a read would upgrade to a
 * write in WAL mode. JDBC's setAutoCommit(false) is not used: sqlite-jdbc would begin a new
 * transaction right after each commit and hold the lock between answers.
 */
final class Transactions {
  private Transactions() {}

  /** Runs {@code work} in one transaction: committed on return, rolled back on any exception. */
  static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
    Connections.execute(connection, "BEGIN IMMEDIATE");
    T result;
    try {
      result = work.run();
    } catch (SQLException | RuntimeException e) {
      rollback(connection, e);
      throw e;
    }
    try {
      Connections.execute(connection, "COMMIT");
    } catch (SQLException e) {
      rollback(connection, e);
      throw e;
    }
    return result;
  }

  /**
   * Rolls back; after a full disk or an I/O error SQLite may have rolled back already, and the "no
   * transaction is active" error is then kept beside the cause, not instead of it.
   */
  private static void rollback(Connection connection, Exception cause) {
    try {
      Connections.execute(connection, "ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
