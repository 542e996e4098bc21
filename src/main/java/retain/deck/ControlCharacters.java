package retain.deck;

import java.util.Locale;
import java.util.OptionalInt;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/**
 * A deck's text holds no control character (issue 15): a YAML escape such as {@code "\e[2J"} in a
 * question would clear a student's screen or set their window title wherever it is printed. Tab and
 * newline are text; every other C0 character, DEL and C1 is an error at the value holding it. (A
 * raw control byte in the file is refused earlier by the reader, as {@code yaml-character}.)
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /** Reports each scalar under {@code value} that holds a control character. */
  static void check(YamlValue value, Problems problems) {
    // loops, not lambdas: this runs on every deck a piped study loads (issue 20's class count)
    if (value instanceof YamlValue.Scalar scalar) {
      OptionalInt c = first(scalar.text());
      if (c.isPresent()) {
        problems.error(
            scalar,
            "control-character",
            String.format(
                Locale.ROOT,
                "this value holds the control character U+%04X, which a terminal would act on"
                    + " instead of showing; remove it",
                c.getAsInt()));
      }
    } else if (value instanceof YamlValue.Sequence sequence) {
      for (YamlValue item : sequence.items()) {
        check(item, problems);
      }
    } else if (value instanceof YamlValue.Mapping mapping) {
      for (YamlValue.Entry entry : mapping.entries()) {
        check(entry.value(), problems);
      }
    }
  }

  private static OptionalInt first(String text) {
    for (int i = 0; i < text.length(); i++) { // a loop: lint reads every text of every card
      char c = text.charAt(i);
      if (c != '\t' && c != '\n' && Character.isISOControl(c)) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }
}
