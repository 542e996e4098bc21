package retain.text;

/**
 * Text cut for display to a number of code points, never splitting a character, its last one an
 * ellipsis when anything was cut, so the reader sees that it was. The one cutting rule of every
 * table, report, paper and message.
 */
public final class Shorten {

  private static final String ELLIPSIS = "…";

  private Shorten() {}

  /** {@code text} in at most {@code width} code points, ending in "…" when cut. */
  public static String to(String text, int width) {
    return to(text, width, ELLIPSIS);
  }

  /**
   * {@code text} in at most {@code width} code points, ending in {@code mark} (one code point) when
   * cut: for a screen that may only show ASCII.
   */
  public static String to(String text, int width, String mark) {
    if (text.codePointCount(0, text.length()) <= width) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))) + mark;
  }

  /**
   * {@code text} in at most {@code width} code points, cut after the last whole word when that
   * keeps more than half of it, ending in "…" when cut.
   */
  public static String atWord(String text, int width) {
    if (text.codePointCount(0, text.length()) <= width) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(0, width - 1));
    int space = text.lastIndexOf(' ', end);
    return space > 0 && text.codePointCount(0, space) > width / 2
        ? text.substring(0, space) + ELLIPSIS
        : to(text, width);
  }
}
