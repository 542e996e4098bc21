package retain.grade;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number read from a typed answer (design §2, {@code numeric}): currency signs and the card's
 * unit stripped, thousands separators ({@code 1,000}, {@code 1 000}, {@code 1.000.000}, {@code
 * 1'000}) and a decimal comma when unambiguous ({@code 128,50}, {@code 1,5}; but {@code 1,000} is a
 * thousand), and {@code thousand}, {@code million}, {@code billion} or {@code trillion} after it.
 *
 * @param value the number
 * @param commaRead whether a comma had to be interpreted, so feedback should say how it was read
 */
record NumberReading(BigDecimal value, boolean commaRead) {

  /** Longer texts are not numbers anyone types; BigDecimal parsing is quadratic in the digits. */
  private static final int LONGEST = 200;

  private static final Pattern NUMBER =
      Pattern.compile("([+\\-−]?)\\s*([0-9][0-9 ,.']*|[.,][0-9]+)");
  private static final Pattern SCALED =
      Pattern.compile("(.*?)\\s*(thousand|million|billion|trillion)");
  private static final List<String> SCALES = List.of("thousand", "million", "billion", "trillion");

  /** The number in the text, or empty when it is not one. */
  static Optional<NumberReading> parse(String text, Optional<String> unit) {
    if (text.length() > LONGEST) {
      return Optional.empty();
    }
    String given = withoutUnit(fold(text), unit.map(NumberReading::fold));
    given =
        given
            .codePoints()
            .filter(cp -> Character.getType(cp) != Character.CURRENCY_SYMBOL)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    int shift = 0;
    Matcher scaled = SCALED.matcher(given);
    if (scaled.matches()) {
      shift = 3 * (SCALES.indexOf(scaled.group(2)) + 1);
      given = scaled.group(1);
    }
    Matcher number = NUMBER.matcher(given);
    if (!number.matches()) {
      return Optional.empty();
    }
    String digits =
        plainDigits(number.group(2).strip().replaceAll(" +", " ").replaceAll("[.,]$", ""));
    if (digits == null) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(digits).movePointRight(shift);
    return Optional.of(
        new NumberReading(
            number.group(1).isEmpty() || number.group(1).equals("+") ? value : value.negate(),
            number.group(2).indexOf(',') >= 0));
  }

  /** NFKC (full-width digits, no-break and narrow no-break spaces), lower case, stripped. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
  }

  private static String withoutUnit(String given, Optional<String> unit) {
    if (unit.isEmpty() || unit.get().isEmpty()) {
      return given;
    }
    if (given.endsWith(unit.get())) {
      return given.substring(0, given.length() - unit.get().length()).strip();
    }
    return given.startsWith(unit.get()) ? given.substring(unit.get().length()).strip() : given;
  }

  /**
   * The number as BigDecimal reads it, or null when the separators make no sense. The last of
   * {@code .} and {@code ,} is the decimal point when both occur; a lone comma is a decimal comma
   * unless exactly three digits follow it after one to three leading digits (not a leading zero);
   * several of the same are thousands separators, as are spaces and apostrophes.
   */
  private static String plainDigits(String body) {
    int dot = body.lastIndexOf('.');
    int comma = body.lastIndexOf(',');
    int decimal;
    if (dot >= 0 && comma >= 0) {
      decimal = Math.max(dot, comma);
    } else if (comma >= 0) {
      decimal = isThousands(body, ',') ? -1 : comma;
    } else {
      decimal = dot >= 0 && body.indexOf('.') == dot ? dot : -1;
    }
    String whole = decimal < 0 ? body : body.substring(0, decimal);
    String fraction = decimal < 0 ? "" : body.substring(decimal + 1);
    if (!fraction.chars().allMatch(Character::isDigit) || (decimal >= 0 && fraction.isEmpty())) {
      return null;
    }
    String[] groups = whole.split("[ ,.']", -1);
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3 || groups[0].isEmpty() || groups[0].length() > 3) {
        return null;
      }
    }
    String integer = String.join("", groups);
    return (integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction);
  }

  private static boolean isThousands(String body, char separator) {
    int first = body.indexOf(separator);
    if (first != body.lastIndexOf(separator)) {
      return true;
    }
    String before = body.substring(0, first).replaceAll("[ ']", "");
    String after = body.substring(first + 1);
    return after.length() == 3
        && !before.isEmpty()
        && before.length() <= 3
        && !before.startsWith("0");
  }
}
