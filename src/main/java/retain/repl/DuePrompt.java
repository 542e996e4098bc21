package retain.repl;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import retain.store.Store;
import retain.store.StoreException;

/**
 * The prompt, {@code retain (12 due) › }: items of any deck due now, from one count query. Without
 * a store there is no count, and none is created just to show a prompt.
 */
final class DuePrompt {

  private final Path dataDirectory;
  private final Clock clock;

  DuePrompt(Path dataDirectory, Clock clock) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
  }

  /** The prompt text, with the count when something is due. */
  String text() {
    return due()
        .filter(count -> count > 0)
        .map(count -> "retain (" + count + " due) › ")
        .orElse("retain › ");
  }

  /** Items due now; empty without a readable store. */
  Optional<Integer> due() {
    try {
      Optional<Store> store = Store.openReadOnly(dataDirectory);
      if (store.isEmpty()) {
        return Optional.empty();
      }
      try (Store open = store.get()) {
        return Optional.of(open.countDueBefore(clock.instant()));
      }
    } catch (StoreException unreadable) {
      // the commands report an unreadable store; the prompt just has nothing to say
      return Optional.empty();
    }
  }
}
