package retain.schedule;

import java.util.ArrayList;
import java.util.List;

/** Spreads one list evenly through another, as Anki spreads new cards among reviews. */
final class Interleave {

  private Interleave() {}

  /**
   * Merges the lists keeping each one's order. With n spread items and m others, spread item j
   * (from 0) lands at index floor((j + ½)·(m + n)/n), the middle of the j-th of n equal slices of
   * the result: 4 reviews and 1 new card give r r n r r, 2 and 2 give r n r n, none and 3 give n n
   * n. Two spread items are never adjacent unless there are fewer than n − 1 others.
   */
  static <T> List<T> evenly(List<T> others, List<T> spread) {
    int total = others.size() + spread.size();
    List<T> merged = new ArrayList<>(total);
    int next = 0;
    int other = 0;
    for (int index = 0; index < total; index++) {
      if (next < spread.size() && index == position(next, spread.size(), total)) {
        merged.add(spread.get(next++));
      } else {
        merged.add(others.get(other++));
      }
    }
    return merged;
  }

  /** floor((j + ½)·total/n), in integers. */
  private static int position(int j, int n, int total) {
    return (int) ((2L * j + 1) * total / (2L * n));
  }
}
