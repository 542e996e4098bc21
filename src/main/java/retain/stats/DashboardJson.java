package retain.stats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import retain.text.Json;
import retain.text.Numbers;

/** The dashboard as JSON for scripts: the same numbers the text shows, unrounded counts. */
public final class DashboardJson {

  private DashboardJson() {}

  /** The JSON document, without a trailing newline. */
  public static String write(Dashboard dashboard) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deck", dashboard.deck().orElse(null));
    json.put("now", dashboard.now().toString());
    json.put("today", dashboard.today().toString());
    json.put("reviews", dashboard.reviews());
    StateCounts cards = dashboard.cards();
    json.put(
        "cards",
        Json.object(
            "total", cards.total(),
            "new", cards.fresh(),
            "learning", cards.learning(),
            "young", cards.young(),
            "mature", cards.mature()));
    DueCounts due = dashboard.due();
    json.put(
        "due", Json.object("today", due.today(), "tomorrow", due.tomorrow(), "week", due.week()));
    json.put("retention", dashboard.retention().stream().map(DashboardJson::retention).toList());
    json.put(
        "heatmap",
        Json.object(
            "first", dashboard.heatmap().first().toString(),
            "counts", dashboard.heatmap().counts(),
            "streak", dashboard.heatmap().streak()));
    json.put("forecast", dashboard.forecast());
    json.put("topics", dashboard.topics().stream().map(DashboardJson::topic).toList());
    json.put("scores", dashboard.scores().stream().map(DashboardJson::score).toList());
    return Json.write(json);
  }

  private static Map<String, Object> retention(Retention retention) {
    return Json.object(
        "days", retention.days(),
        "passed", retention.passed(),
        "answered", retention.answered(),
        "rate", share(retention.rate()));
  }

  private static Map<String, Object> topic(TopicMastery topic) {
    return Json.object(
        "topic", topic.topic().orElse(null),
        "items", topic.items(),
        "retrievability", Numbers.rounded(topic.retrievability(), 4),
        "mature", Numbers.rounded(topic.mature(), 4));
  }

  private static Map<String, Object> score(ScorePoint score) {
    return Json.object(
        "session", score.session(),
        "deck", score.deck(),
        "mode", score.mode().name().toLowerCase(Locale.ROOT),
        "started", score.started().toString(),
        "percent", Numbers.rounded(score.percent()));
  }

  private static Object share(OptionalDouble value) {
    return value.isPresent() ? Numbers.rounded(value.getAsDouble(), 4) : null;
  }
}
