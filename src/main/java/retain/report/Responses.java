package retain.report;

import java.util.LinkedHashMap;
import java.util.Map;
import retain.yaml.YamlValue;

/** An answer as written in an answers file, for people (one line) and for JSON (same shape). */
final class Responses {

  private Responses() {}

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
