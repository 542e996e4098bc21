package retain.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/** Opens SQLite connections configured for design §5: durable commits, shared between processes. */
final class Connections {
  /** How long a write waits for another process's transaction before giving up. */
  static final int BUSY_TIMEOUT_MS = 5000;

  private static final int WAL_RETRY_MS = 10;

  private Connections() {}

  /**
   * A connection with foreign keys on, {@code synchronous=FULL} (a commit is on disk when it
   * returns) and the busy timeout. Read-only connections cannot write even by mistake.
   */
  static Connection open(Path file, boolean readOnly) throws SQLException {
    NativeLibrary.prepareExtraction();
    var config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setReadOnly(readOnly);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /** The integer a PRAGMA such as {@code user_version} returns. */
  static int pragma(Connection connection, String name) throws SQLException {
    return Integer.parseInt(pragmaText(connection, name));
  }

  /** What a PRAGMA returns as text: {@code journal_mode = WAL} gives the mode now in force. */
  static String pragmaText(Connection connection, String pragma) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
      return row.next() ? row.getString(1) : "";
    }
  }

  /**
   * Sets {@code journal_mode = WAL}, retrying for up to the busy timeout: the switch needs every
   * other connection idle, and SQLite answers SQLITE_BUSY at once instead of calling the busy
   * handler while another first run of a new store still reads it (issue 15).
   */
  static void switchToWal(Connection connection) throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
    while (true) {
      try {
        pragmaText(connection, "journal_mode = WAL");
        return;
      } catch (SQLException e) {
        if (Errors.primaryCode(e) != SQLiteErrorCode.SQLITE_BUSY.code
            || System.nanoTime() > deadline) {
          throw e;
        }
      }
      pause();
    }
  }

  private static void pause() throws SQLException {
    try {
      Thread.sleep(WAL_RETRY_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting to switch to WAL", e);
    }
  }

  /** Runs a statement or a script of several (sqlite-jdbc executes every statement in it). */
  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
