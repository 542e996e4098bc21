package retain.exchange;

/**
 * GIFT's escapes (Moodle docs, "GIFT format", special characters): {@code ~ = # { } :} are written
 * with a backslash before them, a backslash itself as {@code \\}, and a line break as {@code \n},
 * since a blank line would end the question.
 */
final class GiftText {

  private static final String CONTROL = "~=#{}:";

  private GiftText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\\') {
                out.append("\\\\");
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                return;
              } else {
                if (CONTROL.indexOf(c) >= 0) {
                  out.append('\\');
                }
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
