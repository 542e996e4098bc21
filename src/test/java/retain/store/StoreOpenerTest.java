package retain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retain.store.StoreFixtures.T0;
import static retain.store.StoreFixtures.good;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpenerTest {
  @TempDir Path temp;

  @Test
  void createsTheDirectory0700AndTheDatabase0600MarkedAsRetains() throws Exception {
    Path data = temp.resolve("nested/retain");
    try (Store store = Store.open(data)) {
      store.startSession("deck", Mode.STUDY, Optional.empty(), T0);
      assertThat(permissions(data)).isEqualTo("rwx------");
      assertThat(permissions(store.file())).isEqualTo("rw-------");
      assertThat(permissions(data.resolve("retain.db-wal"))).isEqualTo("rw-------");
    }
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("retain.db"))) {
      assertThat(Connections.pragma(raw, "application_id")).isEqualTo(1919251553);
      assertThat(Connections.pragma(raw, "user_version")).isEqualTo(1);
      assertThat(Connections.pragmaText(raw, "journal_mode")).isEqualTo("wal");
    }
  }

  @Test
  void reopeningKeepsEverythingAndLeavesNoWalBehind() {
    try (Store store = Store.open(temp)) {
      long session = store.startSession("deck", Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0));
    }
    assertThat(temp.resolve("retain.db-wal")).doesNotExist();
    try (Store store = Store.open(temp)) {
      assertThat(store.reviews(ReviewFilter.all())).hasSize(1);
    }
  }

  @Test
  void readersDoNotCreateAMissingStore() {
    Path data = temp.resolve("never");
    assertThat(Store.openReadOnly(data)).isEmpty();
    assertThat(data).doesNotExist();
  }

  @Test
  void aReadOnlyStoreReadsButCannotWrite() {
    try (Store store = Store.open(temp)) {
      long session = store.startSession("deck", Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0));
    }
    try (Store reader = Store.openReadOnly(temp).orElseThrow()) {
      assertThat(reader.reviews(ReviewFilter.all())).hasSize(1);
      assertThatThrownBy(() -> reader.startSession("deck", Mode.STUDY, Optional.empty(), T0))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith(
              "cannot write " + reader.file() + ": it or its directory is read-only");
    }
  }

  @Test
  void refusesATextFileNamedRetainDbWithoutTouchingIt() throws Exception {
    Path file = temp.resolve("retain.db");
    Files.writeString(file, "these are my notes, not a database\n");
    assertRefusedUnchanged(
        file,
        file
            + " is not a SQLite database, so retain leaves it untouched:"
            + " move it away or choose another --data directory");
  }

  @Test
  void refusesAFileShorterThanASqliteHeader() throws Exception {
    Path file = temp.resolve("retain.db");
    Files.write(file, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    assertRefusedUnchanged(
        file,
        file
            + " is not a SQLite database, so retain leaves it untouched:"
            + " move it away or choose another --data directory");
  }

  @Test
  void refusesAnotherProgramsSqliteDatabaseWithoutTouchingIt() throws Exception {
    Path file = temp.resolve("retain.db");
    try (Connection foreign = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = foreign.createStatement()) {
      statement.executeQuery("PRAGMA journal_mode = WAL").close();
      statement.executeUpdate("CREATE TABLE foo (bar TEXT); INSERT INTO foo VALUES ('baz');");
    }
    assertRefusedUnchanged(
        file,
        file
            + " is a SQLite database of another program (application id 0),"
            + " so retain leaves it untouched: move it away or choose another --data directory");
  }

  @Test
  void refusesASchemaNewerThanThisBuildWithoutTouchingIt() throws Exception {
    Store.open(temp).close();
    Path file = temp.resolve("retain.db");
    try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = newer.createStatement()) {
      statement.executeUpdate("PRAGMA user_version = 99");
    }
    assertRefusedUnchanged(
        file,
        file
            + " has schema version 99 but this retain knows only up to 1,"
            + " so it leaves the file untouched: upgrade retain");
  }

  @Test
  void readsTheVersionFromALeftoverWalOfAKilledProcess() throws Exception {
    Path file = temp.resolve("retain.db");
    Store.open(temp).close();
    try (Connection killed = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = killed.createStatement()) {
      statement.executeUpdate("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 99");
      assertThat(Header.check(file, 100).version()).isEqualTo(99);
    }
  }

  @Test
  void manyFirstOpensAtOnceAllSucceedOnOneCompleteStore() throws Exception {
    for (int round = 0; round < 20; round++) {
      Path data = temp.resolve("round-" + round);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> opened = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          opened.add(pool.submit(() -> openAndCountSessions(data)));
        }
        for (Future<Integer> each : opened) {
          assertThat(each.get()).isZero();
        }
      } finally {
        pool.shutdownNow();
      }
      try (Connection raw =
          DriverManager.getConnection("jdbc:sqlite:" + data.resolve("retain.db"))) {
        assertThat(Connections.pragmaText(raw, "journal_mode")).isEqualTo("wal");
        assertThat(Connections.pragma(raw, "user_version")).isEqualTo(1);
      }
    }
  }

  private static int openAndCountSessions(Path data) {
    try (Store store = Store.open(data)) {
      return store.sessions(Optional.empty()).size();
    }
  }

  private static void assertRefusedUnchanged(Path file, String message) throws Exception {
    byte[] before = Files.readAllBytes(file);
    for (Function<Path, ?> opening :
        Stream.<Function<Path, ?>>of(Store::open, Store::openReadOnly).toList()) {
      assertThatThrownBy(() -> opening.apply(file.getParent()))
          .isInstanceOf(StoreException.class)
          .hasMessage(message)
          .matches(e -> ((StoreException) e).refusal());
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
