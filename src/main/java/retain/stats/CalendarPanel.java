package retain.stats;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The middle of the dashboard: the review calendar (weeks as columns, Monday to Sunday as rows)
 * beside the due forecast as vertical bars, ten rows in all.
 */
final class CalendarPanel {

  /** Where the forecast starts: after the 4-column day labels, 26 weeks and a gap. */
  static final int RIGHT = 36;

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final int BAR_ROWS = 7;

  private CalendarPanel() {}

  static List<TextRow> rows(Dashboard dashboard, Look look) {
    Heatmap heatmap = dashboard.heatmap();
    List<TextRow> rows = new ArrayList<>();
    String streak = heatmap.streak() + (heatmap.streak() == 1 ? " day" : " days");
    rows.add(
        new TextRow()
            .add(look.paint("Reviews", Look.Ink.HEADING), "Reviews")
            .add(" by day" + look.dot() + "streak " + streak)
            .padTo(RIGHT)
            .add(look.paint("Due", Look.Ink.HEADING), "Due")
            .add(", next 14 days"));
    rows.add(months(heatmap).padTo(RIGHT));
    int max = dashboard.forecast().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int weekday = 0; weekday < 7; weekday++) {
      TextRow row = new TextRow().add(DAYS[weekday] + " ");
      for (int week = 0; week < Heatmap.WEEKS; week++) {
        int index = week * 7 + weekday;
        row.add(index < heatmap.counts().size() ? cell(heatmap, index, look) : " ", 1);
      }
      row.padTo(RIGHT);
      bars(row, dashboard.forecast(), max, weekday, look);
      if (weekday == 0) {
        row.add(" " + max);
      }
      rows.add(row);
    }
    rows.add(
        new TextRow()
            .add("    less ")
            .add(look.heat(0) + look.heat(1) + look.heat(2) + look.heat(3) + look.heat(4), 5)
            .add(" more")
            .padTo(RIGHT)
            .add("today         +7          +13"));
    return rows;
  }

  private static String cell(Heatmap heatmap, int index, Look look) {
    int count = heatmap.counts().get(index);
    int level = count == 0 ? 0 : (int) Math.ceil(4.0 * count / heatmap.max());
    return look.heat(level);
  }

  /** Month names above the week where each month's first Monday falls. */
  private static TextRow months(Heatmap heatmap) {
    TextRow row = new TextRow().add("    ");
    int free = 0;
    for (int week = 0; week < Heatmap.WEEKS; week++) {
      LocalDate monday = heatmap.first().plusWeeks(week);
      if (monday.getDayOfMonth() <= 7 && week >= free && week + 3 <= Heatmap.WEEKS) {
        row.padTo(4 + week).add(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        free = week + 4;
      }
    }
    return row;
  }

  /** One row of the forecast: each day a bar two columns wide, 8 levels per row. */
  private static void bars(TextRow row, List<Integer> forecast, int max, int line, Look look) {
    for (int count : forecast) {
      int eighths = max == 0 ? 0 : (int) Math.round(count * BAR_ROWS * 8.0 / max);
      if (count > 0) {
        eighths = Math.max(1, eighths);
      }
      int fill = Math.max(0, Math.min(8, eighths - (BAR_ROWS - 1 - line) * 8));
      row.add(look.paint(look.column(fill), Look.Ink.CHART), 1).add(" ");
    }
  }
}
