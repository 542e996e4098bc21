package retain.cli;

import java.io.PrintWriter;
import retain.store.Store;

/** The warning history and stats give for reviews they skipped because their row is damaged. */
final class DamagedReviews {

  private DamagedReviews() {}

  /** One line on {@code err} per review {@code store} skipped so far. */
  static void warn(Store store, PrintWriter err) {
    store
        .unreadableReviews()
        .forEach(
            review ->
                err.println(
                    "retain: warning: skipped "
                        + review
                        + " (a damaged row in "
                        + store.file()
                        + "; run retain doctor)"));
  }
}
