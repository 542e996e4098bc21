package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.store.Store;

/**
 * Issue 5: a file that is not a SQLite database, another program's database, or a newer schema is
 * refused with exit 2 and one sentence naming the file, and is never modified.
 */
class RefusalIT {

  @TempDir Path data;

  private Path database() {
    return data.resolve("retain.db");
  }

  @Test
  void aTextFileIsRefusedUntouched() throws Exception {
    Files.writeString(database(), "my shopping list\neggs\n");

    assertRefusedUntouched("is not a SQLite database");
    assertThat(files()).containsExactly("retain.db");
  }

  @Test
  void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
    sql("CREATE TABLE foo (bar TEXT); INSERT INTO foo VALUES ('baz')");

    assertRefusedUntouched("is a SQLite database of another program");
    assertThat(files()).containsExactly("retain.db");
  }

  @Test
  void aNewerSchemaIsRefusedUntouched() throws Exception {
    Store.open(data).close();
    sql("PRAGMA user_version = 99");

    assertRefusedUntouched("has schema version 99");
    assertThat(files()).containsExactly("retain.db");
  }

  /**
   * Issue 15: SQLite follows a symbolic link, so a link to an empty file turned its target into a
   * database with -wal and -shm files beside it; a FIFO or a directory is no store either. Study,
   * history and doctor all refuse such a file with exit 2 and touch nothing.
   */
  @Test
  void aSymbolicLinkAFifoOrADirectoryIsRefusedByEveryCommandAndNothingIsCreated() throws Exception {
    Path elsewhere = Files.createDirectories(data.resolve("elsewhere"));
    Path target = Files.createFile(elsewhere.resolve("target"));
    Files.createSymbolicLink(database(), target);
    assertEveryCommandRefuses("retain.db is a symbolic link");
    assertThat(Files.size(target)).isZero();
    try (Stream<Path> listing = Files.list(elsewhere)) {
      assertThat(listing).containsExactly(target);
    }

    Files.delete(database());
    new ProcessBuilder("mkfifo", database().toString()).start().waitFor();
    assertEveryCommandRefuses("retain.db is a special file");

    Files.delete(database());
    Files.createDirectory(database());
    assertEveryCommandRefuses("retain.db is a directory");

    Files.delete(database());
    Files.createSymbolicLink(data.resolve("retain.db-wal"), target);
    assertEveryCommandRefuses("retain.db-wal is a symbolic link");
  }

  /**
   * Issue 15: a store copied while another process had it open keeps its newest header in
   * retain.db-wal, with no retain.db-shm beside it. The header is read there as plain bytes, so the
   * refusal creates no -shm file (SQLite, even read-only, would).
   */
  @Test
  void aNewerSchemaFoundOnlyInALeftoverWalIsRefusedAndNoShmFileAppears() throws Exception {
    Store.open(data).close();
    Path wal = data.resolve("retain.db-wal");
    try (Connection open = DriverManager.getConnection("jdbc:sqlite:" + database());
        Statement statement = open.createStatement()) {
      statement.executeUpdate("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 99");
      Files.copy(database(), data.resolve("copy.db"));
      Files.copy(wal, data.resolve("copy.db-wal"));
    }
    Files.move(data.resolve("copy.db"), database(), StandardCopyOption.REPLACE_EXISTING);
    Files.move(data.resolve("copy.db-wal"), wal);

    assertRefusedUntouched("has schema version 99");
    assertThat(files()).containsExactly("retain.db", "retain.db-wal");
  }

  private void assertEveryCommandRefuses(String reason) throws Exception {
    List<String> before = files();
    for (List<String> command :
        List.of(List.of("study", "belarus-russia-2022"), List.of("history"), List.of("doctor"))) {
      List<String> args = new java.util.ArrayList<>(List.of("--data", data.toString()));
      args.addAll(command);
      var result = new JarRunner(data, Map.of()).run("", args.toArray(String[]::new));

      assertThat(result.exitCode()).as(command + ": " + result.out() + result.err()).isEqualTo(2);
      assertThat(result.err().lines().toList())
          .singleElement()
          .asString()
          .contains(reason)
          .doesNotContain("Exception");
      assertThat(files()).isEqualTo(before);
    }
  }

  private void assertRefusedUntouched(String reason) throws Exception {
    Map<String, String> before = contents();

    var result =
        new JarRunner(data, Map.of())
            .run("19 December 2022\n", "--data", data.toString(), "study", "belarus-russia-2022");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("retain: " + database())
        .contains(reason)
        .doesNotContain("Exception", "\tat ");
    assertThat(contents()).isEqualTo(before);
  }

  /** Every file in the data folder by name, with the SHA-256 of its bytes. */
  private Map<String, String> contents() throws Exception {
    Map<String, String> contents = new TreeMap<>();
    for (String name : files()) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data.resolve(name)));
      contents.put(name, HexFormat.of().formatHex(digest));
    }
    return contents;
  }

  /** Runs statements on the database with plain JDBC, outside retain. */
  private void sql(String statements) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(statements);
    }
  }

  private List<String> files() throws Exception {
    try (Stream<Path> listing = Files.list(data)) {
      return listing.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
