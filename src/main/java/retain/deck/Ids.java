package retain.deck;

import java.util.regex.Pattern;

/** The one rule for deck and card ids: progress is keyed on them, so they must be plain. */
public final class Ids {
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Ids() {}

  /** Whether {@code id} is lowercase letters, digits and single inner hyphens. */
  public static boolean isValid(String id) {
    return VALID.matcher(id).matches();
  }

  static String requireValid(String what, String id) {
    if (!isValid(id)) {
      throw new IllegalArgumentException(what + " must match [a-z0-9-]+: '" + id + "'");
    }
    return id;
  }
}
