package retain.readiness;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import retain.schedule.CardState;
import retain.schedule.Scheduler;
import retain.text.Json;
import retain.text.Numbers;

/** The forecast as JSON: every item with its state, so a script can check each figure. */
public final class ForecastJson {

  private ForecastJson() {}

  /** The JSON document, without a trailing newline (fields in docs/readiness.md). */
  public static String write(Forecast forecast) {
    Map<String, Object> json =
        Json.object(
            "now", forecast.now().toString(),
            "exam", forecast.exam().toString(),
            "days_left", forecast.daysLeft(),
            "target", Numbers.rounded(forecast.target(), 4),
            "items", forecast.items().size(),
            "unseen", forecast.unseen(),
            "recall", Numbers.rounded(forecast.recall(), 4),
            "score", Numbers.rounded(forecast.score(), 4),
            "reviews_needed", forecast.reviewsNeeded(),
            "reviews_per_day", forecast.reviewsPerDay(),
            "new_per_day", forecast.newPerDay(),
            "per_day", forecast.perDay().isPresent() ? forecast.perDay().getAsInt() : null,
            "within_budget", forecast.withinBudget());
    json.put("topics", forecast.topics().stream().map(ForecastJson::topic).toList());
    json.put("cards", items(forecast));
    return Json.write(json);
  }

  private static Map<String, Object> topic(TopicForecast topic) {
    return Json.object(
        "topic", topic.topic().orElse(null),
        "items", topic.items(),
        "unseen", topic.unseen(),
        "recall", Numbers.rounded(topic.recall(), 4),
        "score", Numbers.rounded(topic.score(), 4),
        "below_half", topic.weak());
  }

  private static List<Map<String, Object>> items(Forecast forecast) {
    return forecast.items().stream()
        .map(
            item ->
                Json.object(
                    "item", item.item(),
                    "topic", item.topic().orElse(null),
                    "type", item.type(),
                    "state", item.state().map(ForecastJson::stateName).orElse("new"),
                    "stability",
                        item.state().map(card -> Numbers.rounded(card.stability(), 4)).orElse(null),
                    "last_review", item.lastReview().map(Object::toString).orElse(null),
                    "days_to_exam",
                        item.lastReview()
                            .map(last -> Scheduler.elapsedDays(last, forecast.exam()))
                            .orElse(null),
                    "recall",
                        item.recall().isPresent()
                            ? Numbers.rounded(item.recall().getAsDouble(), 4)
                            : null,
                    "guess", Numbers.rounded(item.guess(), 4),
                    "expected_score", Numbers.rounded(item.expectedScore(), 4),
                    "reviews_needed", item.reviews()))
        .toList();
  }

  private static String stateName(CardState card) {
    return card.state().name().toLowerCase(Locale.ROOT);
  }
}
