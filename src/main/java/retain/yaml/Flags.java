package retain.yaml;

import java.util.Locale;
import java.util.Optional;

/** The spellings of yes and no that YAML 1.1 authors expect to work. */
public final class Flags {
  private Flags() {}

  public static Optional<Boolean> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> Optional.of(true);
      case "false", "no", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
