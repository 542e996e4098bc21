package retain.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data directory and the database file, created owner-only (design §5): progress and exam
 * answers are personal. Permissions apply only where the file system is POSIX.
 */
final class DataFiles {
  /** The database's name inside the data directory. */
  static final String DATABASE = "retain.db";

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private DataFiles() {}

  /** Creates the directory (and missing parents) 0700; an existing one is left as it is. */
  static void createDirectory(Path directory) {
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, permissions("rwx------"));
      }
    } catch (IOException e) {
      throw StoreException.failure(
          "cannot create the data directory " + directory + ": " + reason(e), e);
    }
  }

  /**
   * Creates an empty file 0600 unless it exists; SQLite then writes into it and gives its WAL files
   * the same permissions. Returns whether this call created it.
   */
  static boolean createFile(Path file) {
    try {
      Files.createFile(file, permissions("rw-------"));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw StoreException.failure("cannot create " + file + ": " + reason(e), e);
    }
  }

  /** The size of a file, 0 for an empty (just created) database. */
  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw StoreException.failure("cannot read " + file + ": " + reason(e), e);
    }
  }

  private static FileAttribute<?>[] permissions(String posix) {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(posix))
        }
        : new FileAttribute<?>[0];
  }

  /** The exception's own words, or a plain phrase where NIO gives only the path. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
