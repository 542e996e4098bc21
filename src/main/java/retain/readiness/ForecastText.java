package retain.readiness;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import retain.grade.Escape;
import retain.text.Shorten;

/** The forecast as lines of plain text, no wider than 60 columns. */
public final class ForecastText {

  /** How many of the least likely items are listed. */
  static final int WEAKEST = 8;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

  private ForecastText() {}

  /** The lines, times told in {@code zone}. */
  public static List<String> render(Forecast forecast, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(forecast, zone));
    lines.add(
        "Predicted score "
            + percent(forecast.score())
            + " · recall "
            + percent(forecast.recall())
            + " · "
            + forecast.unseen()
            + " of "
            + forecast.items().size()
            + " never studied");
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT, "%-16s %6s %7s %6s %7s", "topic", "score", "recall", "items", "<50%"));
    for (TopicForecast topic : forecast.topics()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-16s %6s %7s %6d %7d",
              Shorten.to(Escape.line(topic.topic().orElse("(no topic)")), 16),
              percent(topic.score()),
              percent(topic.recall()),
              topic.items(),
              topic.weak()));
    }
    lines.add("");
    lines.addAll(gap(forecast));
    if (forecast.examBegun()) {
      return lines;
    }
    lines.add("");
    lines.add("Least likely to be recalled on the exam day:");
    for (ItemForecast item : forecast.weakest(WEAKEST)) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-14s %s",
              item.recall().isPresent() ? percent(item.recall().getAsDouble()) : "never studied",
              item.item() + item.topic().map(topic -> " (" + Escape.line(topic) + ")").orElse("")));
    }
    lines.add("");
    lines.addAll(work(forecast, zone));
    return lines;
  }

  private static String headline(Forecast forecast, ZoneId zone) {
    String when = forecast.exam().atZone(zone).format(TIME);
    if (forecast.examBegun()) {
      return "Exam " + when + " · under way or past · target " + percent(forecast.target());
    }
    long days = forecast.daysLeft();
    String left = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    return "Exam " + when + " · " + left + " · target " + percent(forecast.target());
  }

  /** What stands between the student and the target: each topic below it, weakest first. */
  private static List<String> gap(Forecast forecast) {
    List<String> below = new ArrayList<>();
    for (TopicForecast topic : forecast.topics()) {
      if (topic.score() < forecast.target()) {
        String name = Escape.line(topic.topic().orElse("(no topic)"));
        below.add(
            name
                + " "
                + percent(topic.score())
                + (topic.weak() == 0
                    ? ""
                    : " ("
                        + topic.weak()
                        + topic.topic().map(id -> " " + Escape.line(id)).orElse("")
                        + " "
                        + cards(topic.weak())
                        + " below 50%)"));
      }
    }
    if (below.isEmpty()) {
      return List.of("Every topic is at or above the target.");
    }
    List<String> lines = new ArrayList<>();
    lines.add("Below the target of " + percent(forecast.target()) + ":");
    below.forEach(topic -> lines.add("  " + topic));
    return lines;
  }

  private static List<String> work(Forecast forecast, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    long days = Math.max(1, forecast.daysLeft());
    lines.add(
        "To reach "
            + percent(forecast.target())
            + " on every card: "
            + forecast.reviewsNeeded()
            + " reviews, "
            + forecast.reviewsPerDay()
            + " a day over "
            + days
            + (days == 1 ? " day" : " days"));
    if (forecast.unseen() > 0) {
      String last = forecast.exam().atZone(zone).minusDays(1).format(DAY);
      lines.add(
          "New cards: "
              + forecast.newPerDay()
              + " a day sees all "
              + forecast.unseen()
              + " by "
              + (forecast.daysLeft() == 0 ? "the exam" : last));
    }
    forecast
        .perDay()
        .ifPresent(
            budget ->
                lines.add(
                    forecast.withinBudget()
                        ? "Your budget of " + budget + " a day is enough."
                        : "Your budget of "
                            + budget
                            + " a day is short by "
                            + (forecast.reviewsPerDay() - budget)
                            + " a day: study more,\n  or expect about "
                            + percent(reachable(forecast, budget))
                            + "."));
    return lines;
  }

  /**
   * The score a smaller budget can be expected to reach: the share of the needed reviews it covers,
   * applied to the gap between today's forecast and the target. A rough guide, said as such in
   * docs/readiness.md.
   */
  static double reachable(Forecast forecast, int budget) {
    double covered = Math.min(1, (double) budget / Math.max(1, forecast.reviewsPerDay()));
    return forecast.score() + covered * Math.max(0, forecast.target() - forecast.score());
  }

  private static String cards(int count) {
    return count == 1 ? "card" : "cards";
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
