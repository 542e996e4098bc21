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
      claim(connection, file);
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
   * Marks a new, empty database as retain's, then switches it to WAL. The application id goes
   * first, in rollback-journal mode, so it reaches the main file at once: a header read after a
   * crash in WAL mode still recognises the file.
   */
  private static void claim(Connection connection, Path file) throws SQLException {
    int applicationId = Connections.pragma(connection, "application_id");
    if (applicationId == 0 && isEmpty(connection)) {
      Connections.execute(connection, "PRAGMA application_id = " + Header.RETAIN);
    } else if (applicationId != Header.RETAIN) {
      throw Header.foreign(file, applicationId);
    }
    Connections.pragmaText(connection, "journal_mode = WAL");
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
