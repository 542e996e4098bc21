package retain.text;

/**
 * Text as a double-quoted string with backslash escapes, the one quoting both JSON and YAML read.
 * YAML's double-quoted scalar takes every JSON escape (YAML 1.2 reads JSON), but a YAML file may
 * not hold unprintable characters at all (DEL, C1 controls with NEL read as a line break, U+FFFE,
 * U+FFFF, lone surrogates), where JSON takes them literally; so a YAML string escapes those as well
 * (an imported deck must lint clean whatever its source held, issue 21), and a JSON string keeps
 * them, as retain has always written them.
 */
public final class Quoted {

  private Quoted() {}

  /** A JSON string: quote, backslash and control characters escaped (RFC 8259). */
  public static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    json(text, out);
    return out.toString();
  }

  /** A YAML double-quoted scalar: JSON's escapes, and every character YAML cannot print. */
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
                  if (c < 0x20 || c == 0x2028 || c == 0x2029 || yaml && !printable(c)) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    out.append('"');
  }

  /** YAML 1.1's printable characters: what a parser accepts in a file unescaped. */
  private static boolean printable(int c) {
    return (c >= 0x20 && c <= 0x7e)
        || (c >= 0xa0 && c <= 0xd7ff)
        || (c >= 0xe000 && c <= 0xfffd)
        || c >= 0x10000;
  }
}
