package retain.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids made from text: {@code Who leads Belarus?} becomes {@code who-leads-belarus}. */
public final class Slugs {

  /** Long enough to tell questions apart, short enough to type in {@code retain show}. */
  private static final int LONGEST = 48;

  // compiled once: String.replaceAll compiles its pattern on every call, and an import makes a
  // slug of every question and of every question's category (issue 21)
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern END_HYPHENS = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /**
   * Lowercase letters and digits joined by single hyphens, accents dropped, cut at a word end
   * before {@link #LONGEST} characters; {@code fallback} when nothing is left (a question in
   * another script).
   */
  public static String of(String text, String fallback) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String hyphened = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    String ascii = END_HYPHENS.matcher(hyphened).replaceAll("");
    if (ascii.length() > LONGEST) {
      int cut = ascii.lastIndexOf('-', LONGEST);
      ascii = ascii.substring(0, cut > 0 ? cut : LONGEST).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? fallback : ascii;
  }

  /** Six hex digits of the SHA-256 of {@code text}: a short, stable tie-breaker. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
