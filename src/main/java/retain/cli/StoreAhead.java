package retain.cli;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import retain.store.Store;

/**
 * The store, opened on a background thread as soon as a session command starts, so that SQLite's
 * start (loading its native library, opening and checking the file) overlaps reading the deck
 * (issue 8, docs/performance.md). The first {@link #take} hands over that store; later ones open
 * another, since each deck's session closes the store it was given.
 */
final class StoreAhead implements AutoCloseable {
  private final Path directory;
  private FutureTask<Store> opening;

  StoreAhead(Path directory) {
    this.directory = directory;
    this.opening = new FutureTask<>(() -> Store.open(directory));
    Thread thread = new Thread(opening, "retain-store");
    thread.setDaemon(true);
    thread.start();
  }

  /** An open store, for the caller to close; a failure to open it is thrown here, unwrapped. */
  Store take() {
    FutureTask<Store> ahead = opening;
    opening = null;
    return ahead == null ? Store.open(directory) : await(ahead);
  }

  /** Closes the store opened ahead if no session took it (a deck that failed to load). */
  @Override
  public void close() {
    if (opening != null) {
      try {
        take().close();
      } catch (RuntimeException unused) {
        // nothing was going to use it, so its failure to open has nobody to tell
      }
    }
  }

  private static Store await(FutureTask<Store> ahead) {
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening the store", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
