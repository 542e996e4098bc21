package retain.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean": the nearest known word to a typo, by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code word}, if one is close enough to be a likely typo. */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    int allowed = word.length() <= 3 ? 1 : 2;
    return candidates.stream()
        .filter(candidate -> distance(word, candidate) <= allowed)
        .min(Comparator.comparingInt((String candidate) -> distance(word, candidate)));
  }

  /**
   * Optimal string alignment distance (Levenshtein plus adjacent swaps, so "titel" is one edit from
   * "title"); keys and command names are short, so the full table is fine.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
