package retain.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import retain.schedule.Rating;
import retain.schedule.State;
import retain.schedule.StudyDay;
import retain.store.ReviewRecord;

/**
 * Reads the review history once, oldest first, for true retention and the calendar. Whether an item
 * was in review before an answer comes from the state the item's previous rated review left, so a
 * history replayed from any store gives the same numbers.
 */
final class ReviewTally {

  private final StudyDay day;
  private final Instant now;
  private final LocalDate today;
  private final Map<String, State> lastState = new HashMap<>();
  private final Map<LocalDate, Integer> perDay = new HashMap<>();
  private final int[] passed = new int[2];
  private final int[] answered = new int[2];
  private final int[] windows = {7, 30};
  private int reviews;

  ReviewTally(StudyDay day, Instant now) {
    this.day = day;
    this.now = now;
    this.today = day.dateOf(now);
  }

  /** Counts one review; exam answers, which schedule nothing, and reviews after now are skipped. */
  void accept(ReviewRecord review) {
    if (review.rating().isEmpty() || review.at().isAfter(now)) {
      return;
    }
    reviews++;
    LocalDate date = day.dateOf(review.at());
    perDay.merge(date, 1, Integer::sum);
    String key = review.deck() + "/" + review.item();
    State before = lastState.getOrDefault(key, State.NEW);
    lastState.put(key, review.after().orElseThrow().state());
    if (before != State.REVIEW) {
      return;
    }
    boolean pass = review.rating().get() != Rating.AGAIN;
    for (int i = 0; i < windows.length; i++) {
      if (!date.isBefore(today.minusDays(windows[i] - 1L))) {
        answered[i]++;
        passed[i] += pass ? 1 : 0;
      }
    }
  }

  int reviews() {
    return reviews;
  }

  /** True retention over the last 7 and the last 30 study days. */
  List<Retention> retention() {
    List<Retention> all = new ArrayList<>();
    for (int i = 0; i < windows.length; i++) {
      all.add(new Retention(windows[i], passed[i], answered[i]));
    }
    return all;
  }

  /** The calendar of the last {@link Heatmap#WEEKS} weeks, Monday to Sunday, up to today. */
  Heatmap heatmap() {
    LocalDate first =
        today
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(Heatmap.WEEKS - 1L);
    List<Integer> counts = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(today); date = date.plusDays(1)) {
      counts.add(perDay.getOrDefault(date, 0));
    }
    return new Heatmap(first, counts, streak());
  }

  /** Days in a row with a review, ending today, or yesterday when today has none yet. */
  private int streak() {
    LocalDate date = perDay.containsKey(today) ? today : today.minusDays(1);
    int days = 0;
    while (perDay.containsKey(date)) {
      days++;
      date = date.minusDays(1);
    }
    return days;
  }
}
