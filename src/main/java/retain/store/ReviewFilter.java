package retain.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which reviews {@code retain history} wants; an empty part matches everything.
 *
 * @param since reviews at or after this instant
 */
public record ReviewFilter(Optional<String> deck, Optional<String> item, Optional<Instant> since) {

  /** Every review. */
  public static ReviewFilter all() {
    return new ReviewFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
