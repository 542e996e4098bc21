package retain.stats;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import retain.grade.Escape;
import retain.text.Shorten;

/**
 * The dashboard for people: one screen of at most 23 lines of at most 79 columns, so it fits an
 * 80×24 terminal with the prompt below it and no line wraps (a full 80th column wraps early on some
 * terminals). A narrower terminal gets the same facts on more lines, none wider than it.
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

  /** A space and the topic numbers' headings, "recall mature items". */
  private static final int NUMBER_HEADINGS = 23;

  /** Narrower terminals get the 40-column layout, wrapped by the terminal. */
  private static final int MIN_COLUMNS = 40;

  private DashboardText() {}

  /**
   * The dashboard's lines for a terminal {@code columns} wide; times are shown in {@code zone}.
   * From 80 columns on it is the one-screen layout above; narrower, parts of a row move to lines of
   * their own, the due forecast goes below the calendar and the topic bars shrink, so that no line
   * passes {@code columns - 1} down to 40 columns.
   */
  public static List<String> render(Dashboard dashboard, Look look, ZoneId zone, int columns) {
    int width = width(columns);
    List<TextRow> rows = new ArrayList<>();
    rows.add(header(dashboard, look, width));
    rows.addAll(cards(dashboard, look, width));
    DueCounts due = dashboard.due();
    rows.addAll(
        joined(
            "Due",
            look,
            width,
            due.today() + " today",
            due.tomorrow() + " tomorrow",
            due.week() + " this week"));
    rows.addAll(retention(dashboard, look, width));
    rows.add(new TextRow());
    rows.addAll(CalendarPanel.rows(dashboard, look, width));
    rows.add(new TextRow());
    rows.addAll(topics(dashboard, look, width));
    rows.addAll(scores(dashboard, look, zone, width));
    return rows.stream().map(TextRow::toString).toList();
  }

  /**
   * What is shown instead of empty charts when nothing was reviewed yet.
   *
   * @param deck the deck to suggest studying
   * @param columns the terminal's width, as for {@link #render}
   */
  public static List<String> empty(Dashboard dashboard, Look look, String deck, int columns) {
    int width = width(columns);
    List<String> lines = new ArrayList<>();
    lines.add(header(dashboard, look, width).toString());
    cards(dashboard, look, width).forEach(row -> lines.add(row.toString()));
    lines.add("");
    lines.add("no reviews yet: try `retain study " + deck + "`");
    return lines;
  }

  /** The widest line for a terminal {@code columns} wide, leaving its last column free. */
  static int width(int columns) {
    return Math.max(MIN_COLUMNS, Math.min(columns, WIDTH + 1)) - 1;
  }

  private static TextRow header(Dashboard dashboard, Look look, int width) {
    String title = "retain stats" + look.dot() + dashboard.deck().orElse("all decks");
    String date = DAY.format(dashboard.today());
    title = fit(title, width - date.length() - 2);
    return new TextRow()
        .add(look.paint(title, Look.Ink.HEADING), title)
        .padTo(width - date.length())
        .add(date);
  }

  private static List<TextRow> cards(Dashboard dashboard, Look look, int width) {
    StateCounts cards = dashboard.cards();
    return joined(
        "Cards",
        look,
        width,
        cards.total() + " total",
        cards.fresh() + " new",
        cards.learning() + " learning",
        cards.young() + " young",
        cards.mature() + " mature");
  }

  private static List<TextRow> retention(Dashboard dashboard, Look look, int width) {
    List<TextRow> parts = new ArrayList<>();
    for (Retention window : dashboard.retention()) {
      OptionalDouble rate = window.rate();
      String percent = rate.isPresent() ? percent(rate.getAsDouble(), 1) : "-";
      parts.add(
          new TextRow()
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
                      + ")"));
    }
    return TextRow.wrapped(label("Retention", look), parts, look.dot(), width);
  }

  private static List<TextRow> topics(Dashboard dashboard, Look look, int width) {
    // at full width the columns keep their places; narrower, the name and the bar share what the
    // numbers and their headings leave
    int free = width - NUMBER_HEADINGS;
    int name = width >= WIDTH ? TOPIC_NAME : Math.max(6, Math.min(TOPIC_NAME, free / 2));
    int bar = width >= WIDTH ? TOPIC_BAR : Math.max(4, free - name);
    List<TextRow> rows = new ArrayList<>();
    TextRow heading =
        new TextRow()
            .add(look.paint("Mastery", Look.Ink.HEADING), "Mastery")
            .add(" by topic, weakest first");
    if (heading.width() >= name + bar + 1) {
      rows.add(heading);
      heading = new TextRow();
    }
    rows.add(heading.padTo(name + bar + 1).add("recall   mature  items"));
    List<TopicMastery> topics = dashboard.topics();
    boolean cut = topics.size() > TOPICS;
    for (TopicMastery topic : topics.subList(0, cut ? TOPICS - 1 : topics.size())) {
      rows.add(
          new TextRow()
              .add(fit(Escape.line(topic.topic().orElse("(no topic)")), name - 1))
              .padTo(name)
              .add(look.bar(topic.retrievability(), bar), bar)
              .add(String.format(Locale.ROOT, " %5s", percent(topic.retrievability(), 0)))
              .add(String.format(Locale.ROOT, "   %5s", percent(topic.mature(), 0)))
              .add(String.format(Locale.ROOT, "  %5d", topic.items())));
    }
    if (cut) {
      int more = topics.size() - TOPICS + 1;
      List<TextRow> parts =
          List.of(
              new TextRow().add("and " + more + " more topics:"),
              new TextRow().add("retain stats --format json"));
      rows.addAll(TextRow.wrapped(new TextRow(), parts, " ", width));
    }
    return rows;
  }

  private static List<TextRow> scores(Dashboard dashboard, Look look, ZoneId zone, int width) {
    TextRow row = label("Scores", look);
    List<ScorePoint> scores = dashboard.scores();
    if (scores.isEmpty()) {
      return List.of(row.add("no quiz or exam yet"));
    }
    row.add(
        look.spark(scores.stream().map(score -> score.percent() / 100).toList()), scores.size());
    ScorePoint last = scores.get(scores.size() - 1);
    double mean = scores.stream().mapToDouble(ScorePoint::percent).average().orElse(0);
    TextRow latest =
        new TextRow()
            .add(
                "latest "
                    + percent(last.percent() / 100, 0)
                    + " ("
                    + last.mode().name().toLowerCase(Locale.ROOT)
                    + ", "
                    + SHORT_DAY.format(last.started().atZone(zone))
                    + ")");
    TextRow average = new TextRow().add("mean " + percent(mean / 100, 0) + " of " + scores.size());
    TextRow whole = new TextRow().add(row).add("  ").add(latest).add(look.dot()).add(average);
    if (whole.width() <= width) {
      return List.of(whole);
    }
    List<TextRow> rows = new ArrayList<>(List.of(row));
    rows.addAll(
        TextRow.wrapped(new TextRow().padTo(LABEL), List.of(latest, average), look.dot(), width));
    return rows;
  }

  /**
   * A labelled row of parts separated by dots, or by two spaces when dots would pass the width, or
   * over several rows when even that would.
   */
  private static List<TextRow> joined(String label, Look look, int width, String... parts) {
    List<TextRow> rows = Arrays.stream(parts).map(part -> new TextRow().add(part)).toList();
    String spaced = String.join("  ", parts);
    if (LABEL + String.join(look.dot(), parts).length() > width
        && LABEL + spaced.length() <= width) {
      return List.of(label(label, look).add(spaced));
    }
    return TextRow.wrapped(label(label, look), rows, look.dot(), width);
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
