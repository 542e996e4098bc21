package retain.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, copied once out of the jar. Left to itself sqlite-jdbc extracts a fresh
 * copy to the temp directory on every run and compares it byte by byte; the launcher instead points
 * it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}) at the copy made here (issue 8).
 */
public final class NativeLibrary {
  private NativeLibrary() {}

  /**
   * Copies this platform's library into {@code directory}, atomically, and returns it; empty when
   * the jar has none for this platform (sqlite-jdbc then looks on the system library path).
   */
  public static Optional<Path> extractTo(Path directory) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, name, ".part");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Path library = directory.resolve(name);
        // a run starting now sees either no library or a whole one, never a half-written file
        Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(library);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  /**
   * Creates the folder sqlite-jdbc is told to copy its library into ({@code org.sqlite.tmpdir}, set
   * by {@code Main}), which sqlite-jdbc does not create itself; unset or unwritable, sqlite-jdbc
   * falls back to the temp folder.
   */
  static void prepareExtraction() {
    String folder = System.getProperty("org.sqlite.tmpdir");
    if (folder == null || Files.isDirectory(Path.of(folder))) {
      return;
    }
    try {
      Files.createDirectories(Path.of(folder));
    } catch (IOException unwritable) {
      System.clearProperty("org.sqlite.tmpdir");
    }
  }
}
