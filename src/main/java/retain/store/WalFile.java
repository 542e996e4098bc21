package retain.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The newest committed copy of page 1 in a {@code -wal} file, read as plain bytes the way SQLite's
 * recovery reads it (the WAL format of sqlite.org/fileformat2.html#walformat): frames whose salts
 * match the header and whose running checksum holds, up to the last commit frame. Reading it
 * ourselves, not through SQLite, is what keeps a refused store's folder unchanged: SQLite, even
 * read-only, creates a {@code -shm} file beside a {@code -wal} that has none (issue 15).
 */
final class WalFile {
  private static final int MAGIC = 0x377f0682;
  private static final int HEADER = 32;
  private static final int FRAME_HEADER = 24;

  private WalFile() {}

  /** The first {@code length} bytes of the committed page 1 in {@code wal}, if it holds one. */
  static Optional<byte[]> committedPageOne(Path wal, int length) {
    if (!Files.isRegularFile(wal) || DataFiles.size(wal) < HEADER) {
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(wal), 1 << 16)) {
      return scan(in, length);
    } catch (IOException e) {
      throw StoreException.failure("cannot read " + wal + ": " + DataFiles.reason(e), e);
    }
  }

  private static Optional<byte[]> scan(InputStream in, int length) throws IOException {
    ByteBuffer header = ByteBuffer.wrap(in.readNBytes(HEADER));
    int magic = header.getInt(0);
    int pageSize = header.getInt(8);
    if ((magic & ~1) != MAGIC
        || pageSize < 512
        || pageSize > 65536
        || Integer.bitCount(pageSize) != 1) {
      return Optional.empty();
    }
    // the low bit of the magic number says in which byte order the checksums were summed
    var checksum = new Checksum(magic % 2 == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    checksum.add(header.array(), 0, 24);
    if (!checksum.matches(header, 24)) {
      return Optional.empty();
    }
    // page 1 as the last commit frame left it, and as the transaction being read has it so far
    Optional<byte[]> committed = Optional.empty();
    Optional<byte[]> pending = Optional.empty();
    while (true) {
      ByteBuffer frame = ByteBuffer.wrap(in.readNBytes(FRAME_HEADER));
      byte[] page = in.readNBytes(pageSize);
      if (page.length < pageSize
          || frame.getLong(8) != header.getLong(16)
          || !checksum.add(frame.array(), 0, 8).add(page, 0, pageSize).matches(frame, 16)) {
        return committed;
      }
      if (frame.getInt(0) == 1) {
        pending = Optional.of(Arrays.copyOf(page, length));
      }
      if (frame.getInt(4) != 0) {
        committed = pending;
      }
    }
  }

  /** SQLite's WAL checksum: two running 32-bit sums over the input read as pairs of words. */
  private static final class Checksum {
    private final ByteOrder order;
    private int first;
    private int second;

    Checksum(ByteOrder order) {
      this.order = order;
    }

    Checksum add(byte[] bytes, int offset, int count) {
      ByteBuffer words = ByteBuffer.wrap(bytes, offset, count).order(order);
      while (words.remaining() >= 8) {
        first += words.getInt() + second;
        second += words.getInt() + first;
      }
      return this;
    }

    /** Whether the sums equal the two big-endian words stored at {@code offset}. */
    boolean matches(ByteBuffer stored, int offset) {
      return stored.getInt(offset) == first && stored.getInt(offset + 4) == second;
    }
  }
}
