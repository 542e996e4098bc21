package retain.stats;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import retain.readiness.Forecast;
import retain.readiness.TopicForecast;

/**
 * The dashboard's exam lines: the date and days left, the predicted score and the weakest topic,
 * then predicted recall per topic as bars, weakest first.
 */
public final class ExamPanel {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final int LABEL = 11;
  private static final int TOPIC_NAME = 16;
  private static final int BAR = 24;

  private ExamPanel() {}

  /** The lines, no wider than {@link DashboardText#WIDTH}. */
  public static List<String> render(Forecast forecast, Look look, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    long days = forecast.daysLeft();
    String left = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    TextRow headline =
        new TextRow()
            .add(look.paint("Exam", Look.Ink.HEADING), "Exam")
            .padTo(LABEL)
            .add(DAY.format(forecast.exam().atZone(zone)) + look.dot() + left + look.dot())
            .add("predicted " + percent(forecast.score()));
    if (!forecast.topics().isEmpty()) {
      TopicForecast weakest = forecast.topics().get(0);
      headline.add(
          look.dot()
              + "weakest "
              + DashboardText.fit(weakest.topic().orElse("(no topic)"), TOPIC_NAME - 1)
              + " "
              + percent(weakest.score()));
    }
    lines.add(headline.toString());
    List<TopicForecast> topics = forecast.topics();
    for (TopicForecast topic : topics.subList(0, Math.min(DashboardText.TOPICS, topics.size()))) {
      lines.add(
          new TextRow()
              .padTo(LABEL)
              .add(DashboardText.fit(topic.topic().orElse("(no topic)"), TOPIC_NAME - 1))
              .padTo(LABEL + TOPIC_NAME)
              .add(look.bar(topic.recall(), BAR), BAR)
              .add(String.format(Locale.ROOT, " %4s recall on the day", percent(topic.recall())))
              .toString());
    }
    return lines;
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
