package retain.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import retain.store.Store;

/**
 * The one store of a session command's run. When a store already exists it is opened on a
 * background thread as soon as the command starts, so that SQLite's start (loading its native
 * library, opening and checking the file) overlaps reading the deck (issue 8, docs/performance.md).
 * A store that does not exist yet is only created when a session asks for it, so a mistyped deck or
 * a broken answers file never leaves a new database behind.
 */
final class StoreAhead implements AutoCloseable {
  private final Path directory;
  private Optional<FutureTask<Store>> opening = Optional.empty();
  private Store store;

  StoreAhead(Path directory) {
    this.directory = directory;
    if (Store.exists(directory)) {
      FutureTask<Store> task = new FutureTask<>(() -> Store.open(directory));
      Thread thread = new Thread(task, "retain-store");
      thread.setDaemon(true);
      thread.start();
      opening = Optional.of(task);
    }
  }

  /** The open store, the same on every call; a failure to open it is thrown here, unwrapped. */
  synchronized Store get() {
    if (store == null) {
      store = opening.map(StoreAhead::await).orElseGet(() -> Store.open(directory));
      opening = Optional.empty();
    }
    return store;
  }

  /** Closes the store, waiting for one still being opened that nobody asked for. */
  @Override
  public synchronized void close() {
    if (store != null) {
      store.close();
    } else if (opening.isPresent()) {
      try {
        await(opening.get()).close();
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
