package retain.exam;

import java.util.stream.Collectors;
import retain.yaml.YamlValue;

/** An answer from an answers file on one line: a text, {@code a, b}, or {@code l: r; ...}. */
public final class AnswerText {

  private AnswerText() {}

  /** The answer as one line of text. */
  public static String of(YamlValue value) {
    if (value instanceof YamlValue.Sequence sequence) {
      return sequence.items().stream().map(AnswerText::of).collect(Collectors.joining(", "));
    }
    if (value instanceof YamlValue.Mapping mapping) {
      return mapping.entries().stream()
          .map(entry -> entry.key().text() + ": " + of(entry.value()))
          .collect(Collectors.joining("; "));
    }
    return ((YamlValue.Scalar) value).text();
  }
}
