package retain.stats;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import retain.grade.Escape;
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
  private static final int MIN_BAR = 6;
  private static final String RECALL = " %4s recall on the day";
  private static final int RECALL_COLUMNS = 23;

  private ExamPanel() {}

  /**
   * The lines for a terminal {@code columns} wide, as {@link DashboardText#render}: no wider than
   * {@link DashboardText#WIDTH} from 80 columns on; narrower, the headline wraps and the bars
   * shrink.
   */
  public static List<String> render(Forecast forecast, Look look, ZoneId zone, int columns) {
    int width = DashboardText.width(columns);
    long days = forecast.daysLeft();
    String left = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    List<TextRow> parts = new ArrayList<>();
    parts.add(new TextRow().add(DAY.format(forecast.exam().atZone(zone))));
    parts.add(new TextRow().add(left));
    parts.add(new TextRow().add("predicted " + percent(forecast.score())));
    if (!forecast.topics().isEmpty()) {
      TopicForecast weakest = forecast.topics().get(0);
      parts.add(
          new TextRow()
              .add(
                  "weakest "
                      + DashboardText.fit(
                          Escape.line(weakest.topic().orElse("(no topic)")), TOPIC_NAME - 1)
                      + " "
                      + percent(weakest.score())));
    }
    TextRow label = new TextRow().add(look.paint("Exam", Look.Ink.HEADING), "Exam").padTo(LABEL);
    List<String> lines = new ArrayList<>();
    TextRow.wrapped(label, parts, look.dot(), width).forEach(row -> lines.add(row.toString()));
    // narrower than the full screen, the bar gives way first, then the name
    int free = width - LABEL - RECALL_COLUMNS;
    int bar = Math.max(MIN_BAR, Math.min(BAR, free - TOPIC_NAME));
    int name = Math.max(MIN_BAR, Math.min(TOPIC_NAME, free - bar));
    List<TopicForecast> topics = forecast.topics();
    for (TopicForecast topic : topics.subList(0, Math.min(DashboardText.TOPICS, topics.size()))) {
      lines.add(
          new TextRow()
              .padTo(LABEL)
              .add(DashboardText.fit(Escape.line(topic.topic().orElse("(no topic)")), name - 1))
              .padTo(LABEL + name)
              .add(look.bar(topic.recall(), bar), bar)
              .add(String.format(Locale.ROOT, RECALL, percent(topic.recall())))
              .toString());
    }
    return lines;
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
