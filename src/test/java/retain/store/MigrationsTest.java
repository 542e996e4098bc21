package retain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retain.store.StoreFixtures.T0;
import static retain.store.StoreFixtures.good;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path data;

  private Migration schema;

  @BeforeEach
  void readTheBundledSchema() throws Exception {
    try (InputStream in = Migrations.class.getResourceAsStream("001-schema.sql")) {
      schema =
          new Migration(1, "001-schema.sql", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theBundledMigrationsEndAtVersionOne() {
    assertThat(Migrations.bundled().latestVersion()).isEqualTo(1);
  }

  @Test
  void aNewDatabaseIsMigratedWithoutABackup() throws Exception {
    Store.open(data).close();
    assertThat(userVersion()).isEqualTo(1);
    assertThat(backups()).isEmpty();
  }

  @Test
  void migratingAnExistingDatabaseWritesABackupFirstAndAppliesTheStepOnce() throws Exception {
    try (Store store = Store.open(data)) {
      store.recordReview(
          good(store.startSession("deck", Mode.STUDY, Optional.empty(), T0), "a", 1, T0));
    }
    Migrations withStepTwo =
        new Migrations(
            List.of(
                schema,
                new Migration(2, "002-notes.sql", "CREATE TABLE notes (text TEXT) STRICT;")));

    StoreOpener.open(data, withStepTwo).close();
    StoreOpener.open(data, withStepTwo).close();

    assertThat(userVersion()).isEqualTo(2);
    assertThat(backups()).containsExactly(data.resolve("retain.db.bak-v1"));
    Path backup = data.resolve("retain.db.bak-v1");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
        .isEqualTo("rw-------");
    try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
        Statement statement = copy.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM reviews")) {
      assertThat(Connections.pragma(copy, "user_version")).isEqualTo(1);
      assertThat(count.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void aFailingStepLeavesTheDatabaseAtTheVersionBefore() throws Exception {
    Store.open(data).close();
    Migrations broken =
        new Migrations(
            List.of(
                schema,
                new Migration(
                    2,
                    "002-broken.sql",
                    "CREATE TABLE half (x INTEGER) STRICT; INSERT INTO missing VALUES (1);")));

    assertThatThrownBy(() -> StoreOpener.open(data, broken))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no such table: missing");

    assertThat(userVersion()).isEqualTo(1);
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("retain.db"));
        Statement statement = raw.createStatement();
        ResultSet tables =
            statement.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'half'")) {
      assertThat(tables.getInt(1)).isZero();
    }
  }

  @Test
  void stepsMustBeNumberedFromOneWithoutGaps() {
    assertThatThrownBy(() -> new Migrations(List.of(new Migration(2, "002-x.sql", "SELECT 1;"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("migration 002-x.sql has version 2, expected 1");
  }

  private int userVersion() throws Exception {
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("retain.db"))) {
      return Connections.pragma(raw, "user_version");
    }
  }

  private List<Path> backups() throws Exception {
    try (var files = Files.list(data)) {
      return files.filter(file -> file.getFileName().toString().contains(".bak")).toList();
    }
  }
}
