package retain.stats;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import retain.grade.Escape;
import retain.text.Shorten;

/**
 * The dashboard for people: one screen of at most 23 lines of at most 79 columns, so it fits an
 * 80×24 terminal with the prompt below it and no line wraps (a full 80th column wraps early on some
 * terminals).
 */
public final class DashboardText {

  /** The widest line drawn. */
  public static final int WIDTH = 79;

  /** At most this many topics are listed, weakest first; JSON has them all. */
  static final int TOPICS = 5;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final int LABEL = 11;
  private static final int TOPIC_NAME = 16;
  private static final int TOPIC_BAR = 24;

  private DashboardText() {}

  /** The dashboard's lines; times are shown in {@code zone}. */
  public static List<String> render(Dashboard dashboard, Look look, ZoneId zone) {
    List<TextRow> rows = new ArrayList<>();
    rows.add(header(dashboard, look));
    rows.add(cards(dashboard, look));
    DueCounts due = dashboard.due();
    rows.add(
        label("Due", look)
            .add(
                joined(
                    look,
                    due.today() + " today",
                    due.tomorrow() + " tomorrow",
                    due.week() + " this week")));
    rows.add(retention(dashboard, look));
    rows.add(new TextRow());
    rows.addAll(CalendarPanel.rows(dashboard, look));
    rows.add(new TextRow());
    rows.addAll(topics(dashboard, look));
    rows.add(scores(dashboard, look, zone));
    return rows.stream().map(TextRow::toString).toList();
  }

  /**
   * What is shown instead of empty charts when nothing was reviewed yet.
   *
   * @param deck the deck to suggest studying
   */
  public static List<String> empty(Dashboard dashboard, Look look, String deck) {
    return List.of(
        header(dashboard, look).toString(),
        cards(dashboard, look).toString(),
        "",
        "no reviews yet: try `retain study " + deck + "`");
  }

  private static TextRow header(Dashboard dashboard, Look look) {
    String title = "retain stats" + look.dot() + dashboard.deck().orElse("all decks");
    String date = DAY.format(dashboard.today());
    title = fit(title, WIDTH - date.length() - 2);
    return new TextRow()
        .add(look.paint(title, Look.Ink.HEADING), title)
        .padTo(WIDTH - date.length())
        .add(date);
  }

  private static TextRow cards(Dashboard dashboard, Look look) {
    StateCounts cards = dashboard.cards();
    return label("Cards", look)
        .add(
            joined(
                look,
                cards.total() + " total",
                cards.fresh() + " new",
                cards.learning() + " learning",
                cards.young() + " young",
                cards.mature() + " mature"));
  }

  private static TextRow retention(Dashboard dashboard, Look look) {
    TextRow row = label("Retention", look);
    List<Retention> windows = dashboard.retention();
    for (int i = 0; i < windows.size(); i++) {
      Retention window = windows.get(i);
      OptionalDouble rate = window.rate();
      String percent = rate.isPresent() ? percent(rate.getAsDouble(), 1) : "-";
      row.add(i == 0 ? "" : look.dot())
          .add(
              rate.isPresent() ? look.paint(percent, Look.grade(rate.getAsDouble())) : percent,
              percent)
          .add(
              " last "
                  + window.days()
                  + " days ("
                  + window.passed()
                  + "/"
                  + window.answered()
                  + ")");
    }
    return row;
  }

  private static List<TextRow> topics(Dashboard dashboard, Look look) {
    List<TextRow> rows = new ArrayList<>();
    rows.add(
        new TextRow()
            .add(look.paint("Mastery", Look.Ink.HEADING), "Mastery")
            .add(" by topic, weakest first")
            .padTo(TOPIC_NAME + TOPIC_BAR + 1)
            .add("recall   mature  items"));
    List<TopicMastery> topics = dashboard.topics();
    boolean cut = topics.size() > TOPICS;
    for (TopicMastery topic : topics.subList(0, cut ? TOPICS - 1 : topics.size())) {
      String name = fit(Escape.line(topic.topic().orElse("(no topic)")), TOPIC_NAME - 1);
      rows.add(
          new TextRow()
              .add(name)
              .padTo(TOPIC_NAME)
              .add(look.bar(topic.retrievability(), TOPIC_BAR), TOPIC_BAR)
              .add(String.format(Locale.ROOT, " %5s", percent(topic.retrievability(), 0)))
              .add(String.format(Locale.ROOT, "   %5s", percent(topic.mature(), 0)))
              .add(String.format(Locale.ROOT, "  %5d", topic.items())));
    }
    if (cut) {
      int more = topics.size() - TOPICS + 1;
      rows.add(new TextRow().add("and " + more + " more topics: retain stats --format json"));
    }
    return rows;
  }

  private static TextRow scores(Dashboard dashboard, Look look, ZoneId zone) {
    TextRow row = label("Scores", look);
    List<ScorePoint> scores = dashboard.scores();
    if (scores.isEmpty()) {
      return row.add("no quiz or exam yet");
    }
    row.add(
        look.spark(scores.stream().map(score -> score.percent() / 100).toList()), scores.size());
    ScorePoint last = scores.get(scores.size() - 1);
    double mean = scores.stream().mapToDouble(ScorePoint::percent).average().orElse(0);
    return row.add(
        "  latest "
            + percent(last.percent() / 100, 0)
            + " ("
            + last.mode().name().toLowerCase(Locale.ROOT)
            + ", "
            + SHORT_DAY.format(last.started().atZone(zone))
            + ")"
            + look.dot()
            + "mean "
            + percent(mean / 100, 0)
            + " of "
            + scores.size());
  }

  /** The parts separated by dots, or by two spaces when dots would pass the width. */
  private static String joined(Look look, String... parts) {
    String dotted = String.join(look.dot(), parts);
    return LABEL + dotted.length() <= WIDTH ? dotted : String.join("  ", parts);
  }

  private static TextRow label(String label, Look look) {
    return new TextRow().add(look.paint(label, Look.Ink.HEADING), label).padTo(LABEL);
  }

  private static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * share);
  }

  /**
   * {@code text} cut to {@code columns} code points, marked with {@code ~} when cut: the dashboard
   * also draws in plain ASCII ({@link Look#ASCII}).
   */
  static String fit(String text, int columns) {
    return Shorten.to(text, columns, "~");
  }
}
