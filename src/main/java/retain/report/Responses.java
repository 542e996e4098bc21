package retain.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import retain.deck.YamlValue;

/** An answer as written in an answers file, for people (one line) and for JSON (same shape). */
final class Responses {

  private Responses() {}

  /** One line: a text, {@code a, b} for a list, {@code left: right; ...} for a mapping. */
  static String display(YamlValue value) {
    if (value instanceof YamlValue.Sequence sequence) {
      return sequence.items().stream().map(Responses::display).collect(Collectors.joining(", "));
    }
    if (value instanceof YamlValue.Mapping mapping) {
      return mapping.entries().stream()
          .map(entry -> entry.key().text() + ": " + display(entry.value()))
          .collect(Collectors.joining("; "));
    }
    return ((YamlValue.Scalar) value).text();
  }

  /** A string, a list of strings or an object of strings, as the file had it. */
  static Object json(YamlValue value) {
    if (value instanceof YamlValue.Sequence sequence) {
      return sequence.items().stream().map(Responses::json).toList();
    }
    if (value instanceof YamlValue.Mapping mapping) {
      Map<String, Object> pairs = new LinkedHashMap<>();
      mapping.entries().forEach(entry -> pairs.put(entry.key().text(), json(entry.value())));
      return pairs;
    }
    return ((YamlValue.Scalar) value).text();
  }
}
