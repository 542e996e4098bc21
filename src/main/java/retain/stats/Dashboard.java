package retain.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code retain stats} shows, for people and for scripts alike.
 *
 * @param deck the deck asked for; empty for every deck found
 * @param now when the numbers were computed
 * @param today the study day holding {@code now}
 * @param reviews rated reviews ever made in scope (study and quiz answers; exams schedule nothing)
 * @param retention true retention over the last 7 and the last 30 study days, in that order
 * @param forecast items due on each of the next 14 study days, today (overdue included) first
 * @param topics mastery per topic, weakest first
 * @param scores the latest quiz and exam scores, oldest first
 */
public record Dashboard(
    Optional<String> deck,
    Instant now,
    LocalDate today,
    int reviews,
    StateCounts cards,
    DueCounts due,
    List<Retention> retention,
    Heatmap heatmap,
    List<Integer> forecast,
    List<TopicMastery> topics,
    List<ScorePoint> scores) {

  /** How many study days the forecast covers. */
  public static final int FORECAST_DAYS = 14;

  /** Copies the lists and checks the forecast's length. */
  public Dashboard {
    retention = List.copyOf(retention);
    forecast = List.copyOf(forecast);
    topics = List.copyOf(topics);
    scores = List.copyOf(scores);
    if (forecast.size() != FORECAST_DAYS) {
      throw new IllegalArgumentException(
          "a forecast covers " + FORECAST_DAYS + " days, got " + forecast.size());
    }
  }

  /** Whether there is anything to draw: a rated review or a score. */
  public boolean isEmpty() {
    return reviews == 0 && scores.isEmpty();
  }
}
