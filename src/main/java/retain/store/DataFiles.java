package retain.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  /**
   * Refuses a database, or its -wal or -shm file, that is not a plain file: SQLite follows a
   * symbolic link (a link to an empty file turned its target into a database, with -wal and -shm
   * files beside the target; a link to /dev/null created /dev/null-journal) and would read a FIFO
   * or a device (issue 15). Checked before SQLite or anything else opens the files.
   */
  static void requirePlainFiles(Path database) {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path file = database.resolveSibling(database.getFileName() + suffix);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw StoreException.refusal(
            file
                + " is "
                + kind(file)
                + ", not a plain file, so retain will not open it: move it away, or put the"
                + " store itself there (choose the folder with --data)");
      }
    }
  }

  private static String kind(Path file) {
    if (Files.isSymbolicLink(file)) {
      return "a symbolic link";
    }
    return Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
        ? "a directory"
        : "a special file (a FIFO, socket or device)";
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
