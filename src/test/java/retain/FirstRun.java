package retain;

import java.nio.file.Path;
import retain.store.Store;

/**
 * A process that only opens the store in the folder it is given, creating it if need be, and exits:
 * the cheapest real first run, so {@code ConcurrentStudyIT} can race 160 of them on the jar's own
 * store code (issue 15).
 */
public final class FirstRun {
  private FirstRun() {}

  /** Opens and closes the store in {@code args[0]}; a failure ends the process non-zero. */
  public static void main(String[] args) {
    Store.open(Path.of(args[0])).close();
  }
}
