package retain.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A strict JSON reader (RFC 8259) into maps, lists, strings, doubles, booleans and nulls, with the
 * line and column of the first error. Exam reports are JSON that retain writes itself, and reading
 * 1,000 of them through the YAML parser took 9.4 s where this takes a fraction
 * (docs/performance.md).
 */
final class JsonText {

  /** Malformed JSON at a 1-based line and column. */
  static final class Malformed extends RuntimeException {
    final int line;
    final int column;

    Malformed(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Documents nest a few levels; a deeper one is not an exam report and must not blow the stack.
   */
  private static final int DEEPEST = 64;

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /** The value {@code text} holds; a null JSON value is returned as null. */
  static Object parse(String text) {
    JsonText reader = new JsonText(text);
    reader.skipSpace();
    Object value = reader.value(0);
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.error("unexpected text after the JSON value");
    }
    return value;
  }

  /**
   * The members of the top-level object that come before {@code stop}: a report's header, read
   * without its results.
   *
   * @throws Malformed also when the text ends before {@code stop}, as a cut-off prefix does
   */
  static Map<String, Object> head(String text, String stop) {
    JsonText reader = new JsonText(text);
    Map<String, Object> members = new LinkedHashMap<>();
    reader.skipSpace();
    reader.expect('{');
    while (true) {
      reader.skipSpace();
      if (reader.peek() != '"') {
        throw reader.error("expected a key in quotes");
      }
      String key = reader.string();
      if (key.equals(stop)) {
        return members;
      }
      reader.skipSpace();
      reader.expect(':');
      reader.skipSpace();
      members.put(key, reader.value(1));
      reader.skipSpace();
      reader.expect(',');
    }
  }

  private Object value(int depth) {
    if (depth > DEEPEST) {
      throw error("nested deeper than " + DEEPEST + " levels");
    }
    if (at >= text.length()) {
      throw error("the file ends where a value should be");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> word("true", Boolean.TRUE);
      case 'f' -> word("false", Boolean.FALSE);
      case 'n' -> word("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("expected a value, found '" + c + "'");
      }
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek() == '}') {
      at++;
      return map;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a key in quotes");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      map.put(key, value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    at++;
    skipSpace();
    if (peek() == ']') {
      at++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = null;
    int start = at;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        String plain = text.substring(start, at++);
        return out == null ? plain : out.append(plain).toString();
      }
      if (c < 0x20) {
        throw error("a control character inside a string");
      }
      if (c == '\\') {
        out = out == null ? new StringBuilder() : out;
        out.append(text, start, at);
        out.append(escape());
        start = at;
      } else {
        at++;
      }
    }
    throw error("the file ends inside a string");
  }

  private char escape() {
    at++;
    char c = peek();
    at++;
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        if (at + 4 > text.length()) {
          throw error("a \\u escape needs four hex digits");
        }
        try {
          char decoded = (char) Integer.parseInt(text.substring(at, at + 4), 16);
          at += 4;
          yield decoded;
        } catch (NumberFormatException e) {
          throw error("a \\u escape needs four hex digits");
        }
      }
      default -> throw error("unknown escape \\" + c);
    };
  }

  private Double number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String digits = text.substring(start, at);
    if (!NUMBER.matcher(digits).matches()) {
      at = start;
      throw error("not a number: " + digits);
    }
    return Double.valueOf(digits);
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("expected " + word);
    }
    at += word.length();
    return value;
  }

  private void expect(char wanted) {
    if (peek() != wanted) {
      throw error(
          "expected '"
              + wanted
              + "', found "
              + (at < text.length() ? "'" + peek() + "'" : "the end"));
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private Malformed error(String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Malformed(line, at - lineStart + 1, message);
  }
}
