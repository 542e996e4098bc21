package retain.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Opens the store file in the order that keeps refused files untouched: header bytes first, SQLite
 * only after they show a retain database this build can read (issue 5).
 */
final class StoreOpener {
  private StoreOpener() {}

  static Store open(Path directory, Migrations migrations) {
    DataFiles.createDirectory(directory);
    Path file = directory.resolve(DataFiles.DATABASE);
    DataFiles.requirePlainFiles(file);
    boolean created = DataFiles.createFile(file);
    if (!created && DataFiles.size(file) > 0) {
      Header.check(file, migrations.latestVersion());
    }
    Connection connection = null;
    try {
      connection = Connections.open(file, false);
      Connection claiming = connection;
      boolean claimed =
          Transactions.inTransaction(connection, () -> claim(claiming, file, migrations));
      useWal(connection, claimed);
      migrations.apply(connection, file);
      return new Store(connection, file);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      throw e instanceof SQLException sql ? Errors.translate(file, sql) : (RuntimeException) e;
    }
  }

  static Optional<Store> openReadOnly(Path directory, Migrations migrations) {
    Path file = directory.resolve(DataFiles.DATABASE);
    DataFiles.requirePlainFiles(file);
    if (!Files.isRegularFile(file) || DataFiles.size(file) == 0) {
      return Optional.empty();
    }
    Header header = Header.check(file, migrations.latestVersion());
    if (header.version() < migrations.latestVersion()) {
      return Optional.of(open(directory, migrations));
    }
    try {
      return Optional.of(new Store(Connections.open(file, true), file));
    } catch (SQLException e) {
      throw Errors.translate(file, e);
    }
  }

  /**
   * Marks a new, empty database as retain's and writes its schema, in the caller's one write
   * transaction (issue 15): a second first run waits on the busy timeout and then finds a complete
   * store, never the half-claimed file it used to refuse as another program's. Returns whether this
   * call created the store.
   */
  private static boolean claim(Connection connection, Path file, Migrations migrations)
      throws SQLException {
    int applicationId = Connections.pragma(connection, "application_id");
    if (applicationId == 0 && isEmpty(connection)) {
      Connections.execute(connection, "PRAGMA application_id = " + Header.RETAIN);
      migrations.create(connection);
      return true;
    }
    if (applicationId != Header.RETAIN) {
      throw Header.foreign(file, applicationId);
    }
    return false;
  }

  /**
   * Switches to WAL after the claim is committed, in rollback-journal mode, so the application id
   * reached the main file at once: a header read after a crash in WAL mode still recognises the
   * file. A store whose creator was killed before switching is switched by the next run.
   */
  private static void useWal(Connection connection, boolean claimed) throws SQLException {
    if (claimed || !"wal".equals(Connections.pragmaText(connection, "journal_mode"))) {
      Connections.switchToWal(connection);
    }
  }

  private static boolean isEmpty(Connection connection) throws SQLException {
    return Connections.pragma(connection, "page_count") <= 1
        && Connections.pragma(connection, "schema_version") == 0;
  }

  private static void closeQuietly(Connection connection, Exception cause) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
