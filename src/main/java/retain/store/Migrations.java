package retain.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema steps, applied in order, each in one transaction that also sets {@code PRAGMA
 * user_version}; before the first step on a database that already has data, a backup copy is
 * written beside it (issue 5). A step that rebuilds a table must not rely on turning foreign keys
 * off: that PRAGMA is a no-op inside a transaction.
 */
final class Migrations {
  /** The bundled steps, in order: version N is the N-th file, in retain/store/. */
  private static final List<String> BUNDLED = List.of("001-schema.sql");

  private final List<Migration> steps;

  Migrations(List<Migration> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migration "
                + steps.get(i).name()
                + " has version "
                + steps.get(i).version()
                + ", expected "
                + (i + 1));
      }
    }
    this.steps = List.copyOf(steps);
  }

  /** The steps shipped in the jar. */
  static Migrations bundled() {
    List<Migration> steps = new ArrayList<>();
    for (String name : BUNDLED) {
      steps.add(new Migration(steps.size() + 1, name, resource(name)));
    }
    return new Migrations(steps);
  }

  /** The schema version this build writes. */
  int latestVersion() {
    return steps.size();
  }

  /** Brings the database up to {@link #latestVersion()}; another process may be doing the same. */
  void apply(Connection connection, Path file) throws SQLException {
    int version = Connections.pragma(connection, "user_version");
    if (version > latestVersion()) {
      throw Header.newerVersion(file, version, latestVersion());
    }
    if (version == latestVersion()) {
      return;
    }
    if (version > 0) {
      backUp(connection, file, version);
    }
    for (Migration step : steps.subList(version, steps.size())) {
      Transactions.inTransaction(connection, () -> applyOnce(connection, step));
    }
  }

  /** Writes every step into a new, empty database, inside the caller's transaction. */
  void create(Connection connection) throws SQLException {
    for (Migration step : steps) {
      applyOnce(connection, step);
    }
  }

  /** Applies {@code step} unless a concurrent process did while this one waited for the lock. */
  private static Void applyOnce(Connection connection, Migration step) throws SQLException {
    if (Connections.pragma(connection, "user_version") == step.version() - 1) {
      Connections.execute(connection, step.sql());
      Connections.execute(connection, "PRAGMA user_version = " + step.version());
    }
    return null;
  }

  /**
   * Copies the database to {@code retain.db.bak-v<version>} (or {@code .2}, {@code .3}… beside an
   * older one) with VACUUM INTO, into a file created 0600 first: VACUUM INTO accepts an empty one.
   */
  private static void backUp(Connection connection, Path file, int version) throws SQLException {
    String base = file.getFileName() + ".bak-v" + version;
    Path backup = file.resolveSibling(base);
    for (int n = 2; !DataFiles.createFile(backup); n++) {
      backup = file.resolveSibling(base + "." + n);
    }
    try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, backup.toAbsolutePath().toString());
      vacuum.execute();
    }
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
