package retain.text;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. Our reports are small
 * trees of those, so a dozen lines serve where a JSON library would add a dependency.
 */
public final class Json {

  private Json() {}

  /**
   * An ordered map from alternating keys and values, for building a document: Map.of forbids nulls
   * and forgets order.
   */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** {@code value} as JSON, indented by two spaces, without a trailing newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      writeEntries(map, out, indent);
    } else if (value instanceof List<?> list) {
      writeItems(list, out, indent);
    } else if (value instanceof String text) {
      Quoted.json(text, out);
    } else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
      out.append("null");
    } else {
      out.append(value);
    }
  }

  private static void writeEntries(Map<?, ?> map, StringBuilder out, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(inner);
      Quoted.json(String.valueOf(entry.getKey()), out);
      out.append(": ");
      write(entry.getValue(), out, inner);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void writeItems(List<?> list, StringBuilder out, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(inner);
      write(list.get(i), out, inner);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }
}
