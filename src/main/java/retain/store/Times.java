package retain.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Instants as stored: UTC ISO-8601 with exactly three fraction digits. Fixed width, so text order
 * is time order; sub-millisecond parts are dropped.
 */
final class Times {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  static Instant parse(String text) {
    return Instant.parse(text);
  }

  /** NULL-tolerant parse for nullable columns. */
  static Optional<Instant> parseNullable(String text) {
    return Optional.ofNullable(text).map(Times::parse);
  }
}
