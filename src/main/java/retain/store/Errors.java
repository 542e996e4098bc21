package retain.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into one sentence naming the file. */
final class Errors {
  private Errors() {}

  /**
   * A {@link StoreException} for disk, permission and locking problems; constraint violations are
   * bugs in the caller and become {@link IllegalStateException}.
   */
  static RuntimeException translate(Path file, SQLException e) {
    int primary = primaryCode(e);
    if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
      return new IllegalStateException(
          "the store rejected a write to " + file + ": " + e.getMessage(), e);
    }
    return StoreException.failure(sentence(file, primary, e), e);
  }

  private static String sentence(Path file, int primary, SQLException e) {
    if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
      return "cannot write " + file + ": the disk is full (everything saved before is kept)";
    }
    if (primary == SQLiteErrorCode.SQLITE_READONLY.code
        || primary == SQLiteErrorCode.SQLITE_PERM.code) {
      return "cannot write "
          + file
          + ": it or its directory is read-only (everything saved before is kept)";
    }
    if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
      return "cannot open " + file + ": check that it and its directory are readable and writable";
    }
    if (primary == SQLiteErrorCode.SQLITE_BUSY.code
        || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return file
          + " stayed locked by another retain process for "
          + Connections.BUSY_TIMEOUT_MS / 1000
          + " seconds; try again";
    }
    if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code
        || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return file + " is damaged (" + e.getMessage() + "); " + recovery(file);
    }
    return "cannot use " + file + ": " + e.getMessage();
  }

  /** The primary result code: the low byte of an extended one. */
  static int primaryCode(SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      return sqlite.getResultCode().code & 0xff;
    }
    return e.getErrorCode() & 0xff;
  }

  /**
   * What a user can do about a damaged store, with the exact command: "run doctor" sent them in a
   * circle when doctor could not open the file either (issue 15).
   */
  static String recovery(Path file) {
    Path recovered = file.resolveSibling(file.getFileName() + ".recovered");
    return "restore it from a backup, or recover what SQLite can still read with `sqlite3 "
        + file
        + " .recover | sqlite3 "
        + recovered
        + "` and, keeping the damaged file, move "
        + recovered
        + " to "
        + file
        + "; or move the file away to start afresh";
  }
}
