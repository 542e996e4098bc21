package retain.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The identity of an existing database, read before SQLite opens it for writing, so a file retain
 * refuses is never modified (issue 5). The 100-byte header is read as plain bytes, from the -wal
 * file when it holds a newer page 1: opening a foreign WAL database in SQLite, even read-only,
 * creates -wal and -shm files beside it (issue 15).
 *
 * @param applicationId header offset 68, {@code PRAGMA application_id}
 * @param version header offset 60, {@code PRAGMA user_version}: the schema version
 */
record Header(int applicationId, int version) {
  /** "reta" in ASCII: {@code PRAGMA application_id} gives 1919251553 on retain's files. */
  static final int RETAIN = 0x72657461;

  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final int LENGTH = 100;

  /**
   * The header of a non-empty database, refusing a file that is not SQLite, not retain's, or newer
   * than {@code knownVersion}.
   */
  static Header check(Path file, int knownVersion) {
    Header header = read(file);
    if (header.applicationId != RETAIN) {
      throw foreign(file, header.applicationId);
    }
    if (header.version > knownVersion) {
      throw newerVersion(file, header.version, knownVersion);
    }
    return header;
  }

  /** The refusal of another program's SQLite database. */
  static StoreException foreign(Path file, int applicationId) {
    return StoreException.refusal(
        file
            + " is a SQLite database of another program (application id "
            + applicationId
            + "), so retain leaves it untouched: move it away or choose another --data directory");
  }

  /** The refusal of a file written by a newer retain. */
  static StoreException newerVersion(Path file, int version, int knownVersion) {
    return StoreException.refusal(
        file
            + " has schema version "
            + version
            + " but this retain knows only up to "
            + knownVersion
            + ", so it leaves the file untouched: upgrade retain");
  }

  private static Header read(Path file) {
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    // a process killed in WAL mode leaves committed pages, the header's among them, in the -wal
    byte[] bytes = WalFile.committedPageOne(wal, LENGTH).orElseGet(() -> firstBytes(file));
    if (bytes.length < LENGTH || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw StoreException.refusal(
          file
              + " is not a SQLite database, so retain leaves it untouched:"
              + " move it away or choose another --data directory");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new Header(buffer.getInt(68), buffer.getInt(60));
  }

  private static byte[] firstBytes(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(LENGTH);
    } catch (IOException e) {
      throw StoreException.failure("cannot read " + file + ": " + DataFiles.reason(e), e);
    }
  }
}
