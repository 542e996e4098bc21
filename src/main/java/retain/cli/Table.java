package retain.cli;

import java.io.PrintWriter;
import java.util.List;
import retain.grade.Escape;

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
    List<List<String>> rows =
        cells.stream().map(row -> row.stream().map(Escape::line).toList()).toList();
    int[] widths = new int[right.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
      }
    }
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
