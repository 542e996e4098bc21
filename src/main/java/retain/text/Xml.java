package retain.text;

/** Escapes text for XML 1.0, dropping the control characters it cannot hold at all. */
public final class Xml {

  private Xml() {}

  /** For an attribute value in double quotes. */
  public static String attribute(String value) {
    return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  /** For element content. */
  public static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                  if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                    if (c != 0xFFFE && c != 0xFFFF) {
                      out.appendCodePoint(c);
                    }
                  }
                }
              }
            });
    return out.toString();
  }
}
