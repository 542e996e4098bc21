package retain.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Rated reviews per study day, a calendar of whole weeks like a contribution graph.
 *
 * @param first the Monday the calendar starts on
 * @param counts reviews on {@code first}, the day after, and so on up to and including today
 * @param streak consecutive study days with at least one review, ending today or yesterday
 */
public record Heatmap(LocalDate first, List<Integer> counts, int streak) {

  /** How many weeks the dashboard shows. */
  public static final int WEEKS = 26;

  /** Checks that the calendar starts on a Monday and has no negative count. */
  public Heatmap {
    counts = List.copyOf(counts);
    if (first.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a calendar starts on a Monday, not " + first);
    }
    if (streak < 0 || counts.stream().anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("counts must not be negative: " + counts + ", " + streak);
    }
  }

  /** The last day counted: today. */
  public LocalDate last() {
    return first.plusDays(counts.size() - 1L);
  }

  /** The most reviews on one day; 0 for an empty calendar. */
  public int max() {
    return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
