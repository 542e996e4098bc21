package retain.repl;

import java.util.ArrayList;
import java.util.List;
import retain.grade.Columns;

/**
 * How a session's screens fit the terminal's width, in one place: two columns side by side that
 * stay columns however they wrap, and lists of phrases broken between phrases, never inside one.
 */
final class Layout {

  /** Columns between the two sides of a row. */
  private static final String GUTTER = "   ";

  /** Below this, a right-hand column is too narrow to read: each row is stacked instead. */
  private static final int NARROWEST = 16;

  private Layout() {}

  /**
   * {@code columns} indented by {@code indent}, in at most {@code width} columns: the left side as
   * wide as its widest item allows (at most half the room), the right side after it, each wrapped
   * within its own column so the right items all start at the same column. Too narrow for two
   * readable columns, a row's right item goes on the lines below its left one, indented further.
   */
  static List<String> columns(Columns columns, String indent, int width) {
    int room = width - indent.length();
    int widest = columns.left().stream().mapToInt(Wrap::columns).max().orElse(0);
    int left = Math.min(widest, (room - GUTTER.length()) / 2);
    int right = room - left - GUTTER.length();
    List<String> lines = new ArrayList<>();
    for (int row = 0; row < columns.left().size(); row++) {
      if (right < NARROWEST) {
        lines.addAll(Wrap.lines(indent + columns.left().get(row), width));
        lines.addAll(Wrap.lines(indent + "    " + columns.right().get(row), width));
        continue;
      }
      List<String> lefts = hanging(columns.left().get(row), left);
      List<String> rights = hanging(columns.right().get(row), right);
      for (int i = 0; i < Math.max(lefts.size(), rights.size()); i++) {
        String l = i < lefts.size() ? lefts.get(i) : "";
        String r = i < rights.size() ? rights.get(i) : "";
        String line = indent + l + " ".repeat(left - Wrap.columns(l)) + GUTTER + r;
        lines.add(line.stripTrailing());
      }
    }
    return lines;
  }

  /**
   * {@code 2) a long text} wrapped to {@code width}, continuations under the text, not the number.
   */
  private static List<String> hanging(String item, int width) {
    int mark = item.indexOf(") ") + 2;
    String hang = " ".repeat(mark);
    List<String> lines = new ArrayList<>();
    List<String> wrapped = Wrap.lines(item, width);
    if (wrapped.size() == 1) {
      return wrapped;
    }
    lines.add(Wrap.lines(item, width).get(0));
    String rest = String.join(" ", wrapped.subList(1, wrapped.size()));
    lines.addAll(Wrap.lines(hang + rest, width));
    return lines;
  }

  /**
   * {@code phrases} joined by {@code separator}, broken into lines of at most {@code width} columns
   * between phrases; only a phrase wider than a line is itself wrapped.
   */
  static List<String> phrases(List<String> phrases, String separator, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String phrase : phrases) {
      if (line.length() > 0
          && Wrap.columns(line.toString()) + Wrap.columns(separator + phrase) > width) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? phrase : separator + phrase);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines.stream().flatMap(text -> Wrap.lines(text, width).stream()).toList();
  }
}
