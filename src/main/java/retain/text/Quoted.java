package retain.text;

/**
 * Text as a double-quoted string with backslash escapes, the one quoting both JSON and YAML read.
 * YAML's double-quoted scalar takes every JSON escape (YAML 1.2 reads JSON), but it also counts DEL
 * as unprintable and NEL (U+0085) as a line break, where JSON takes both literally; so a YAML
 * string escapes those two as well, and a JSON string keeps them, as retain has always written
 * them.
 */
public final class Quoted {

  private Quoted() {}

  /** A JSON string: quote, backslash and control characters escaped (RFC 8259). */
  public static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    json(text, out);
    return out.toString();
  }

  /** A YAML double-quoted scalar: JSON's escapes, and DEL and NEL escaped too. */
  public static String yaml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    quote(text, out, true);
    return out.toString();
  }

  /** {@link #json(String)} appended to {@code out}. */
  static void json(String text, StringBuilder out) {
    quote(text, out, false);
  }

  private static void quote(String text, StringBuilder out, boolean yaml) {
    out.append('"');
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (c < 0x20 || c == 0x2028 || c == 0x2029 || yaml && (c == 0x7f || c == 0x85)) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    out.append('"');
  }
}
