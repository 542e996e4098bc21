package retain.grade;

import java.util.List;

/**
 * Two columns shown side by side, row by row, such as a match card's numbered left items and
 * lettered right items.
 */
public record Columns(List<String> left, List<String> right) {

  public Columns {
    left = List.copyOf(left);
    right = List.copyOf(right);
    if (left.size() != right.size()) {
      throw new IllegalArgumentException(
          "columns need as many rows on each side, got " + left.size() + " and " + right.size());
    }
  }
}
