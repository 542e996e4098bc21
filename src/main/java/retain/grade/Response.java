package retain.grade;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a student gave: a typed line in a session, or a value from an exam answers file (design §3),
 * where multi and order answers may be lists and match answers mappings.
 */
public sealed interface Response {

  /** A typed line or a scalar from an answers file, such as {@code c a d b} or {@code 1,3}. */
  record Text(String text) implements Response {}

  /** A list of choices, letters or item texts, such as {@code [industry, transport]}. */
  record Listed(List<String> items) implements Response {
    public Listed {
      items = List.copyOf(items);
    }
  }

  /**
   * Left items mapped to right items for a match card, each by its text or its number (left) or
   * letter (right). Kept in the given order.
   */
  record Pairs(Map<String, String> pairs) implements Response {
    public Pairs {
      pairs.forEach(
          (left, right) -> {
            if (left == null || right == null) {
              throw new IllegalArgumentException(
                  "a pair must have both sides: " + left + " → " + right);
            }
          });
      pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }
  }

  /** A typed line. */
  static Response text(String text) {
    return new Text(text);
  }
}
