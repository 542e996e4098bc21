package retain.grade;

import retain.text.Shorten;

/** Puts deck text and student text into one-line feedback safely. */
public final class Quote {
  private static final int LONGEST_QUOTED = 60;

  private Quote() {}

  /** The text on one line: runs of whitespace and control characters become one space. */
  public static String flat(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 4 * LONGEST_QUOTED));
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * What a student typed, flattened and cut to a readable length, so that a pasted page cannot
   * flood the feedback line.
   */
  static String student(String text) {
    String head = text.length() > 8 * LONGEST_QUOTED ? text.substring(0, 8 * LONGEST_QUOTED) : text;
    return Shorten.to(flat(head), LONGEST_QUOTED);
  }
}
