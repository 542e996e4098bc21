package retain.grade;

/**
 * Shows text from a deck or a student on a terminal, in a report or on a paper without letting it
 * act: control characters (ESC, BEL, CR, ...) are written as JSON writes them ({@code \u001b}), so
 * no text can colour a screen, move the cursor or forge a line of its own (issue 13).
 */
public final class Escape {

  private Escape() {}

  /** One line: every control character escaped, line breaks ({@code \n}) included. */
  public static String line(String text) {
    return escape(text, false);
  }

  /** A block a deck may break into lines: line breaks and tabs stay, other controls are escaped. */
  public static String block(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepBreaks) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (keepBreaks && (c == '\n' || c == '\t')) {
                out.append((char) c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (Character.isISOControl(c) || isSeparatorOrBidi(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Line and paragraph separators, and the bidi controls that can reorder a line as shown. */
  private static boolean isSeparatorOrBidi(int c) {
    return c == 0x2028
        || c == 0x2029
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
