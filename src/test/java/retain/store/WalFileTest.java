package retain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: page 1 is read from a -wal file as SQLite's recovery would, without SQLite. */
class WalFileTest {

  @TempDir Path temp;

  @Test
  void readsTheNewestCommittedHeaderAndIgnoresATornLastTransaction() throws Exception {
    Path copy = temp.resolve("copy.db-wal");
    Store.open(temp).close();
    try (Connection open = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("retain.db"));
        Statement statement = open.createStatement()) {
      statement.executeUpdate("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 98");
      statement.executeUpdate("PRAGMA user_version = 99");
      Files.copy(temp.resolve("retain.db-wal"), copy);
    }

    assertThat(version(copy)).isEqualTo(99);

    // a crash while the last frame was written: its commit never happened
    try (RandomAccessFile torn = new RandomAccessFile(copy.toFile(), "rw")) {
      torn.setLength(torn.length() - 1);
    }
    assertThat(version(copy)).isEqualTo(98);

    // a changed byte breaks the running checksum from that frame on
    try (RandomAccessFile flipped = new RandomAccessFile(copy.toFile(), "rw")) {
      flipped.seek(32 + 24 + 60);
      flipped.write(7);
    }
    assertThat(WalFile.committedPageOne(copy, 100)).isEmpty();
  }

  @Test
  void aFileThatIsNoWalHoldsNoPage() throws Exception {
    Path text = Files.writeString(temp.resolve("retain.db-wal"), "x".repeat(5000));

    assertThat(WalFile.committedPageOne(text, 100)).isEmpty();
    assertThat(WalFile.committedPageOne(temp.resolve("absent"), 100)).isEmpty();
  }

  private static int version(Path wal) {
    return ByteBuffer.wrap(WalFile.committedPageOne(wal, 100).orElseThrow()).getInt(60);
  }
}
