package retain.yaml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A file's text as lines, read only after a YAML syntax error: what plain-language messages and
 * recovery at the next card need to know about indentation (issue 16).
 */
final class YamlLines {

  private static final Pattern CARD_START = Pattern.compile("^( *)- +id *:");
  private static final Pattern KEY =
      Pattern.compile("^( *)(- +)?([^\\s:#'\"{\\[-][^:#]*?) *:( |$)");

  private final List<String> lines;

  YamlLines(byte[] bytes) {
    this.lines = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
  }

  /** The 1-based line, or empty past the end. */
  Optional<String> line(int number) {
    return number >= 1 && number <= lines.size()
        ? Optional.of(lines.get(number - 1))
        : Optional.empty();
  }

  static int indent(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  /** How far the cards list is indented: its first {@code - id:} line's dash. */
  OptionalInt listIndent() {
    return lines.stream()
        .map(CARD_START::matcher)
        .filter(Matcher::find)
        .mapToInt(found -> found.group(1).length())
        .findFirst();
  }

  /** The 1-based line of the first card starting at or after {@code line}, if any. */
  OptionalInt cardStartFrom(int line) {
    OptionalInt list = listIndent();
    if (list.isEmpty()) {
      return OptionalInt.empty();
    }
    return IntStream.rangeClosed(Math.max(line, 1), lines.size())
        .filter(number -> isCardStart(lines.get(number - 1), list.getAsInt()))
        .findFirst();
  }

  /** The 1-based line of the card enclosing {@code line}, if it lies in the cards list. */
  OptionalInt enclosingCard(int line) {
    OptionalInt list = listIndent();
    if (list.isEmpty()) {
      return OptionalInt.empty();
    }
    for (int number = Math.min(line, lines.size()); number >= 1; number--) {
      String text = lines.get(number - 1);
      if (isCardStart(text, list.getAsInt())) {
        return OptionalInt.of(number);
      }
      if (!text.isBlank() && indent(text) < list.getAsInt() && !text.strip().startsWith("#")) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /** The key a line starts (its {@code - } included), if it starts one. */
  static Optional<String> key(String line) {
    Matcher key = KEY.matcher(line);
    return key.find()
        ? Optional.of((key.group(2) == null ? "" : "- ") + key.group(3).strip())
        : Optional.empty();
  }

  /**
   * The text with every line before {@code line} blanked and the one just before it opening the
   * top-level list {@code listKey}: the cards from {@code line} on parse as they stand, at the same
   * lines and columns.
   */
  String resumedAt(int line, String listKey) {
    StringBuilder text = new StringBuilder();
    for (int number = 1; number <= lines.size(); number++) {
      if (number == line - 1) {
        text.append(listKey).append(':');
      } else if (number >= line) {
        text.append(lines.get(number - 1));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static boolean isCardStart(String line, int listIndent) {
    return line.length() > listIndent + 1
        && indent(line) == listIndent
        && line.charAt(listIndent) == '-'
        && line.charAt(listIndent + 1) == ' ';
  }
}
