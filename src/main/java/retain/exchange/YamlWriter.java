package retain.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import retain.text.Quoted;

/**
 * Writes a deck file. Every text is a double-quoted scalar with escapes, so no answer such as
 * {@code no}, {@code 1997} or {@code a: b} can be read as anything but the text it is.
 */
final class YamlWriter {

  private YamlWriter() {}

  /** The deck file for {@code deck}: top-level keys, then the cards as a list of mappings. */
  static String write(Map<String, Object> deck, List<Map<String, Object>> cards) {
    StringBuilder out = new StringBuilder();
    deck.forEach((key, value) -> entry(out, "", key, value));
    out.append("cards:\n");
    for (Map<String, Object> card : cards) {
      String first = "  - ";
      for (var field : card.entrySet()) {
        entry(out, first, field.getKey(), field.getValue());
        first = "    ";
      }
    }
    return out.toString();
  }

  private static void entry(StringBuilder out, String indent, String key, Object value) {
    out.append(indent).append(key).append(':');
    if (value instanceof Map<?, ?> map) {
      out.append('\n');
      String inner = indent.replace('-', ' ') + "  ";
      map.forEach(
          (left, right) ->
              out.append(inner)
                  .append(Quoted.yaml(String.valueOf(left)))
                  .append(": ")
                  .append(scalar(right))
                  .append('\n'));
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(Object value) {
    if (value instanceof List<?> list) {
      StringBuilder flow = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        flow.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
      }
      return flow.append(']').toString();
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof BigDecimal) {
      return value.toString();
    }
    return Quoted.yaml(String.valueOf(value));
  }
}
