package retain.stats;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The middle of the dashboard: the review calendar (weeks as columns, Monday to Sunday as rows) and
 * the due forecast as vertical bars, side by side in ten rows at full width, the forecast below the
 * calendar on a narrower terminal.
 */
final class CalendarPanel {

  /** Where the forecast starts: after the 4-column day labels, 26 weeks and a gap. */
  static final int RIGHT = 36;

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final int DAY_LABEL = 4;
  private static final int BAR_ROWS = 7;

  private CalendarPanel() {}

  /** The panel's rows, none wider than {@code width} columns when it is at least 40. */
  static List<TextRow> rows(Dashboard dashboard, Look look, int width) {
    List<TextRow> calendar =
        calendar(dashboard.heatmap(), look, Math.min(Heatmap.WEEKS, width - DAY_LABEL));
    List<TextRow> forecast = forecast(dashboard.forecast(), look);
    List<TextRow> rows = new ArrayList<>();
    if (width >= DashboardText.WIDTH) {
      for (int i = 0; i < calendar.size(); i++) {
        rows.add(calendar.get(i).padTo(RIGHT).add(forecast.get(i)));
      }
      return rows;
    }
    rows.addAll(calendar);
    rows.add(new TextRow());
    rows.add(forecast.get(0));
    for (TextRow row : forecast.subList(2, forecast.size())) {
      rows.add(new TextRow().padTo(DAY_LABEL).add(row));
    }
    return rows;
  }

  /** The heading, the months, a row per weekday and the legend, showing the last {@code weeks}. */
  private static List<TextRow> calendar(Heatmap heatmap, Look look, int weeks) {
    List<TextRow> rows = new ArrayList<>();
    String streak = heatmap.streak() + (heatmap.streak() == 1 ? " day" : " days");
    rows.add(
        new TextRow()
            .add(look.paint("Reviews", Look.Ink.HEADING), "Reviews")
            .add(" by day" + look.dot() + "streak " + streak));
    int skipped = Heatmap.WEEKS - weeks;
    rows.add(months(heatmap, skipped));
    for (int weekday = 0; weekday < 7; weekday++) {
      TextRow row = new TextRow().add(DAYS[weekday] + " ");
      for (int week = skipped; week < Heatmap.WEEKS; week++) {
        int index = week * 7 + weekday;
        row.add(index < heatmap.counts().size() ? cell(heatmap, index, look) : " ", 1);
      }
      rows.add(row);
    }
    rows.add(
        new TextRow()
            .add("    less ")
            .add(look.heat(0) + look.heat(1) + look.heat(2) + look.heat(3) + look.heat(4), 5)
            .add(" more"));
    return rows;
  }

  /** The heading, an empty row beside the months, seven rows of bars and the day axis. */
  private static List<TextRow> forecast(List<Integer> forecast, Look look) {
    List<TextRow> rows = new ArrayList<>();
    rows.add(new TextRow().add(look.paint("Due", Look.Ink.HEADING), "Due").add(", next 14 days"));
    rows.add(new TextRow());
    int max = forecast.stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int line = 0; line < BAR_ROWS; line++) {
      TextRow row = bars(new TextRow(), forecast, max, line, look);
      if (line == 0) {
        row.add(" " + max);
      }
      rows.add(row);
    }
    rows.add(new TextRow().add("today         +7          +13"));
    return rows;
  }

  private static String cell(Heatmap heatmap, int index, Look look) {
    int count = heatmap.counts().get(index);
    int level = count == 0 ? 0 : (int) Math.ceil(4.0 * count / heatmap.max());
    return look.heat(level);
  }

  /** Month names above the week where each month's first Monday falls. */
  private static TextRow months(Heatmap heatmap, int skipped) {
    TextRow row = new TextRow().add("    ");
    int free = skipped;
    for (int week = skipped; week < Heatmap.WEEKS; week++) {
      LocalDate monday = heatmap.first().plusWeeks(week);
      if (monday.getDayOfMonth() <= 7 && week >= free && week + 3 <= Heatmap.WEEKS) {
        row.padTo(DAY_LABEL + week - skipped)
            .add(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        free = week + 4;
      }
    }
    return row;
  }

  /** One row of the forecast: each day a bar two columns wide, 8 levels per row. */
  private static TextRow bars(TextRow row, List<Integer> forecast, int max, int line, Look look) {
    for (int count : forecast) {
      int eighths = max == 0 ? 0 : (int) Math.round(count * BAR_ROWS * 8.0 / max);
      if (count > 0) {
        eighths = Math.max(1, eighths);
      }
      int fill = Math.max(0, Math.min(8, eighths - (BAR_ROWS - 1 - line) * 8));
      row.add(look.paint(look.column(fill), Look.Ink.CHART), 1).add(" ");
    }
    return row;
  }
}
