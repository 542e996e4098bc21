package retain.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import retain.grade.Escape;
import retain.text.Shorten;

/**
 * Prints rows as aligned columns two spaces apart, for the listing commands; a cell holds deck
 * text, so its control characters are shown, never sent.
 */
final class Table {

  private Table() {}

  /**
   * Prints {@code rows} (the first one is the heading); {@code right} says which columns are
   * right-aligned, as numbers read best.
   */
  static void print(List<List<String>> cells, List<Boolean> right, PrintWriter out) {
    List<List<String>> rows = escaped(cells);
    lines(rows, right, widths(rows, right.size()), out);
  }

  /**
   * As {@link #print}, but column {@code fit}'s cells (a title, say) are shortened so that a line
   * fits in {@code columns}; never below {@link #NARROWEST}, since a title cut to a few letters
   * says nothing, and a terminal that narrow wraps anyway. The last column counts for {@link
   * #LAST_KEPT} at most: it may hold a path, which says nothing once cut, and a line that runs past
   * the edge only wraps its end.
   */
  static void fitted(
      List<List<String>> cells, List<Boolean> right, int fit, int columns, PrintWriter out) {
    List<List<String>> rows = escaped(cells);
    int[] widths = widths(rows, right.size());
    int others = 2 * (widths.length - 1);
    for (int i = 0; i < widths.length; i++) {
      if (i != fit) {
        others += i == widths.length - 1 ? Math.min(widths[i], LAST_KEPT) : widths[i];
      }
    }
    int room = Math.max(NARROWEST, columns - others);
    List<List<String>> shortened =
        rows.stream()
            .map(
                row -> {
                  List<String> copy = new ArrayList<>(row);
                  copy.set(fit, Shorten.to(row.get(fit), room));
                  return copy;
                })
            .toList();
    lines(shortened, right, widths(shortened, right.size()), out);
  }

  private static final int NARROWEST = 12;
  private static final int LAST_KEPT = 10;

  private static List<List<String>> escaped(List<List<String>> cells) {
    return cells.stream().map(row -> row.stream().map(Escape::line).toList()).toList();
  }

  private static int[] widths(List<List<String>> rows, int count) {
    int[] widths = new int[count];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
      }
    }
    return widths;
  }

  private static void lines(
      List<List<String>> rows, List<Boolean> right, int[] widths, PrintWriter out) {
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        String padding = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
        line.append(i == 0 ? "" : "  ").append(right.get(i) ? padding + cell : cell + padding);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
