package retain.text;

/**
 * The optimal string alignment distance, the restricted Damerau–Levenshtein distance that counts an
 * insertion, a deletion, a substitution or a swap of two adjacent letters as one edit and edits no
 * substring twice: so "titel" is one edit from "title". The one measure behind typo tolerance in
 * grading and "did you mean" in messages.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The distance between {@code a} and {@code b} in code points, or {@code max + 1} when it is more
   * than {@code max}. Only the diagonal band of width {@code 2 max + 1} is computed, so the work is
   * linear in the length whatever the input, and texts whose lengths differ by more than {@code
   * max} are turned away without any.
   */
  public static int atMost(String a, String b, int max) {
    int lengthGap = Math.abs(a.length() - b.length());
    if (lengthGap > 2 * max) {
      return max + 1;
    }
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (Math.abs(x.length - y.length) > max) {
      return max + 1;
    }
    return banded(x, y, max);
  }

  private static int banded(int[] x, int[] y, int max) {
    int over = max + 1;
    int[] before = new int[y.length + 1];
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= Math.min(y.length, max); j++) {
      current[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
      int from = Math.max(0, i - max);
      int to = Math.min(y.length, i + max);
      int best = over;
      for (int j = from; j <= to; j++) {
        int cell;
        if (j == 0) {
          cell = i;
        } else {
          int substitute = x[i - 1] == y[j - 1] ? 0 : 1;
          cell = at(previous, i - 1, j - 1, max) + substitute;
          cell = Math.min(cell, at(previous, i - 1, j, max) + 1);
          cell = Math.min(cell, at(current, i, j - 1, max) + 1);
          if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
            cell = Math.min(cell, at(before, i - 2, j - 2, max) + 1);
          }
        }
        current[j] = Math.min(cell, over);
        best = Math.min(best, current[j]);
      }
      if (best > max) {
        return over;
      }
    }
    return current[y.length];
  }

  /** A cell of row {@code i}, or "too far" outside the band, where nothing was written. */
  private static int at(int[] row, int i, int j, int max) {
    return Math.abs(i - j) > max ? max + 1 : row[j];
  }
}
