package retain.grade;

import java.text.Normalizer;
import java.util.Map;

/**
 * The comparison form of a typed answer (design §2, {@code short}): case, surrounding and repeated
 * whitespace, punctuation at the ends and diacritics do not count.
 */
final class TextNormalizer {

  /**
   * Letters that NFKD does not split into a base letter and a mark, and typographic quotes and
   * dashes that keyboards type differently: folded so that {@code Łukaszenka} meets {@code
   * Lukaszenka} and {@code Putin’s} meets {@code Putin's}.
   */
  private static final Map<Integer, String> FOLDS =
      Map.ofEntries(
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'ð', "d"),
          Map.entry((int) 'þ', "th"),
          Map.entry((int) 'ı', "i"),
          Map.entry((int) '‘', "'"),
          Map.entry((int) '’', "'"),
          Map.entry((int) 'ʼ', "'"),
          Map.entry((int) '“', "\""),
          Map.entry((int) '”', "\""),
          Map.entry((int) '‐', "-"),
          Map.entry((int) '‑', "-"),
          Map.entry((int) '–', "-"),
          Map.entry((int) '—', "-"),
          Map.entry((int) '−', "-"));

  private TextNormalizer() {}

  /**
   * Lower case, NFKD with combining marks removed, the folds above, whitespace and control
   * characters collapsed to single spaces, and punctuation stripped from both ends. Invisible
   * format characters (zero-width spaces, direction marks) and lone surrogates, which only broken
   * input has, are dropped.
   */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.FORMAT
          || type == Character.SURROGATE) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      int lower = Character.toLowerCase(cp);
      String folded = FOLDS.get(lower);
      if (folded == null) {
        out.appendCodePoint(lower);
      } else {
        out.append(folded);
      }
    }
    return stripEnds(out);
  }

  private static String stripEnds(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && ignoredAtEnds(Character.codePointAt(text, start))) {
      start += Character.charCount(Character.codePointAt(text, start));
    }
    while (end > start && ignoredAtEnds(Character.codePointBefore(text, end))) {
      end -= Character.charCount(Character.codePointBefore(text, end));
    }
    return text.subSequence(start, end).toString();
  }

  private static boolean ignoredAtEnds(int cp) {
    return cp == ' ' || isPunctuation(cp);
  }

  /** Whether a code point is punctuation in Unicode's sense (categories Pc to Po). */
  static boolean isPunctuation(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
