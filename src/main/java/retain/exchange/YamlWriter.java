package retain.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import retain.text.Quoted;
import retain.yaml.YamlValue;

/**
 * Writes a deck file. Every text is a double-quoted scalar with escapes, so no answer such as
 * {@code no}, {@code 1997} or {@code a: b} can be read as anything but the text it is.
 *
 * <p>The writer also builds the tree a YAML parser reads from the text it writes, positions
 * included, so an import can lint the deck it holds without parsing its own output again: that
 * parse was more than half the time of importing 10,000 GIFT questions (issue 21).
 */
final class YamlWriter {

  private final StringBuilder out = new StringBuilder();
  private int line = 1;

  private YamlWriter() {}

  /** The deck file for {@code deck}: top-level keys, then the cards as a list of mappings. */
  static DeckFile write(Map<String, Object> deck, List<Map<String, Object>> cards) {
    YamlWriter writer = new YamlWriter();
    List<YamlValue.Entry> entries = new ArrayList<>();
    deck.forEach((key, value) -> entries.add(writer.entry("", key, value)));
    entries.add(writer.cards(cards));
    return new DeckFile(writer.out.toString(), new YamlValue.Mapping(entries, 1, 1));
  }

  private YamlValue.Entry cards(List<Map<String, Object>> cards) {
    YamlValue.Scalar key = new YamlValue.Scalar("cards", "str", line, 1);
    out.append("cards:");
    if (cards.isEmpty()) {
      // "cards:" and nothing: the parser reads a null, found right after the colon
      newLine();
      return new YamlValue.Entry(key, new YamlValue.Scalar("", "null", line - 1, 7));
    }
    newLine();
    int listLine = line;
    List<YamlValue> items = new ArrayList<>();
    for (Map<String, Object> card : cards) {
      int cardLine = line;
      List<YamlValue.Entry> fields = new ArrayList<>();
      String first = "  - ";
      for (var field : card.entrySet()) {
        fields.add(entry(first, field.getKey(), field.getValue()));
        first = "    ";
      }
      items.add(new YamlValue.Mapping(fields, cardLine, 5));
    }
    return new YamlValue.Entry(key, new YamlValue.Sequence(items, listLine, 3));
  }

  private YamlValue.Entry entry(String indent, String key, Object value) {
    out.append(indent).append(key).append(':');
    YamlValue.Scalar keyValue = new YamlValue.Scalar(key, "str", line, indent.length() + 1);
    if (!(value instanceof Map<?, ?> map)) {
      out.append(' ');
      YamlValue written = scalar(value, indent.length() + key.length() + 3);
      newLine();
      return new YamlValue.Entry(keyValue, written);
    }
    newLine();
    String inner = indent.replace('-', ' ') + "  ";
    List<YamlValue.Entry> entries = new ArrayList<>();
    int mapLine = line;
    map.forEach(
        (left, right) -> {
          out.append(inner);
          int before = out.length();
          YamlValue.Scalar innerKey = text(String.valueOf(left), inner.length() + 1);
          int valueColumn = innerKey.column() + out.codePointCount(before, out.length()) + 2;
          out.append(": ");
          YamlValue innerValue = scalar(right, valueColumn);
          entries.add(new YamlValue.Entry(innerKey, innerValue));
          newLine();
        });
    return new YamlValue.Entry(
        keyValue, new YamlValue.Mapping(entries, mapLine, inner.length() + 1));
  }

  /** Writes {@code value} at {@code column} of the current line; the tree's node for it. */
  private YamlValue scalar(Object value, int column) {
    if (value instanceof List<?> list) {
      out.append('[');
      List<YamlValue> items = new ArrayList<>();
      int at = column + 1;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
          at += 2;
        }
        int before = out.length();
        items.add(scalar(list.get(i), at));
        at += out.codePointCount(before, out.length());
      }
      out.append(']');
      return new YamlValue.Sequence(items, line, column);
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof BigDecimal) {
      String plain = value.toString();
      out.append(plain);
      return new YamlValue.Scalar(plain, resolved(value, plain), line, column);
    }
    return text(String.valueOf(value), column);
  }

  /** What a YAML parser reads an unquoted {@code plain} as. */
  private static String resolved(Object value, String plain) {
    if (value instanceof Boolean) {
      return "bool";
    }
    return plain.indexOf('.') < 0 && plain.indexOf('E') < 0 ? "int" : "float";
  }

  private YamlValue.Scalar text(String text, int column) {
    out.append(Quoted.yaml(text));
    return new YamlValue.Scalar(text, "str", line, column);
  }

  private void newLine() {
    out.append('\n');
    line++;
  }
}
