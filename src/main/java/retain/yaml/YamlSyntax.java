package retain.yaml;

import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in plain words what a YAML syntax error means for a deck author: mostly indentation, told
 * with the indentation the neighbouring keys have (issue 16). Errors it does not recognise keep
 * {@link YamlMessages}' wording.
 */
final class YamlSyntax {

  /** Where a syntax error is, in 1-based lines and columns, and what to do about it. */
  record Located(int line, int column, String message) {}

  private YamlSyntax() {}

  static Located explain(MarkedYAMLException e, YamlLines lines) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (context.contains("quoted scalar") && e.getContextMark() != null) {
      // SnakeYAML points at the end of the file; the quote left open is what to fix
      return at(
          e.getContextMark(),
          "this quoted value is never closed; add the closing quote, or quote a text containing"
              + " quotes with the other kind");
    }
    if (context.startsWith("while parsing a flow") && e.getContextMark() != null) {
      String bracket = context.contains("sequence") ? "[" : "{";
      return at(
          e.getContextMark(),
          "this '"
              + bracket
              + "' is never closed; close it, or quote the value if the bracket is part of the"
              + " text");
    }
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    int line = mark == null ? 1 : mark.getLine() + 1;
    Optional<Located> indentation =
        lines.line(line).flatMap(text -> indentation(text, line, lines));
    if (indentation.isPresent()) {
      return indentation.get();
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return at(
          mark,
          "': ' inside an unquoted value; put the whole value in quotes, such as q: \"What: ...\"");
    }
    if (problem.startsWith("mapping keys are not allowed")) {
      return at(mark, "'? ' starts a YAML key here; put the whole value in quotes");
    }
    return at(mark, YamlMessages.explain(e));
  }

  private static Optional<Located> indentation(String text, int line, YamlLines lines) {
    int spaces = YamlLines.indent(text);
    String stripped = text.strip();
    if (stripped.length() > 1 && stripped.charAt(0) == '-' && stripped.charAt(1) != ' ') {
      return Optional.of(
          new Located(
              line,
              spaces + 1,
              "a card starts with '- ' (a dash and a space), found '"
                  + stripped.split(" ", 2)[0]
                  + "'"));
    }
    Optional<String> key = YamlLines.key(text);
    OptionalInt list = lines.listIndent();
    if (key.isEmpty() || list.isEmpty()) {
      return Optional.empty();
    }
    if (lines.enclosingCard(line).isEmpty()) {
      return misplaced(key.get(), spaces, 0, "the deck's other keys", line);
    }
    return key.get().startsWith("- ")
        ? misplaced(key.get(), spaces, list.getAsInt(), "the list's other cards", line)
        : misplaced(key.get(), spaces, list.getAsInt() + 2, "the card's other keys", line);
  }

  private static Optional<Located> misplaced(
      String key, int spaces, int expected, String others, int line) {
    if (spaces == expected) {
      return Optional.empty();
    }
    return Optional.of(
        new Located(
            line,
            spaces + 1,
            "'"
                + key
                + ":' is indented "
                + spaces
                + (spaces == 1 ? " space" : " spaces")
                + "; "
                + others
                + " are at "
                + expected));
  }

  private static Located at(Mark mark, String message) {
    return mark == null
        ? new Located(1, 1, message)
        : new Located(mark.getLine() + 1, mark.getColumn() + 1, message);
  }
}
