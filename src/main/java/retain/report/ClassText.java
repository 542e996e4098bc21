package retain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import retain.analysis.ClassReport;
import retain.analysis.Flag;
import retain.analysis.ItemFigures;
import retain.analysis.StudentRow;
import retain.analysis.TestFigures;

/**
 * A class report for a terminal: the flags first, since they are what to act on, then the items
 * with bars, the topics, the score histogram and the students (docs/report.md).
 */
public final class ClassText {

  /** Below this a student's topic is named as one to help with. */
  private static final double NEEDS_HELP = 50;

  private ClassText() {}

  /** The report within {@code width} columns (at least 60). */
  public static String render(ClassReport report, int width) {
    List<String> lines = new ArrayList<>();
    TestFigures test = report.test();
    lines.add(
        Cell.fit(
            "Class report: "
                + report.deck()
                + ", "
                + test.students()
                + " students, "
                + test.items()
                + " items",
            width));
    lines.add(
        "Mean "
            + pct(test.mean())
            + "  median "
            + pct(test.median())
            + "  sd "
            + num(test.sd())
            + "  skewness "
            + num(test.skewness())
            + "  kurtosis "
            + num(test.kurtosis()));
    lines.add(
        (test.kr20() ? "Reliability (KR-20) " : "Reliability (Cronbach's alpha) ")
            + num(test.alpha(), 2)
            + "  standard error of measurement "
            + pct(test.sem()));
    report.notes().forEach(note -> lines.add(Cell.fit("Note: " + note, width)));
    flags(report.flags(), width, lines);
    items(report.items(), width, lines);
    topics(report.topics(), width, lines);
    distribution(test, width, lines);
    students(report.students(), width, lines);
    return String.join("\n", lines) + "\n";
  }

  private static void flags(List<Flag> flags, int width, List<String> lines) {
    lines.add("");
    lines.add(flags.isEmpty() ? "No item needs a look." : "Look at these first:");
    for (Flag flag : flags) {
      wrap("  " + flag.item() + ": " + flag.kind().label() + ": " + flag.message(), width, lines);
    }
  }

  private static void items(List<ItemFigures> items, int width, List<String> lines) {
    int id = width - 50;
    lines.add("");
    lines.add(Cell.pad("Item", id) + "  facility            sd  discrim.  answered");
    for (ItemFigures item : items) {
      lines.add(
          Cell.pad(item.item(), id)
              + "  "
              + Cell.bar(item.facility(), 10)
              + String.format(Locale.ROOT, "%5s", pct(item.facility()))
              + String.format(Locale.ROOT, "%6s", pct(item.sd()))
              + String.format(
                  Locale.ROOT,
                  "%10s",
                  item.discrimination().isPresent() ? pct(item.discrimination()) : "undef.")
              + String.format(Locale.ROOT, "%10s", item.attempts() + "/" + item.students()));
    }
    if (items.stream().anyMatch(item -> item.discrimination().isEmpty())) {
      wrap(
          "undef.: everyone scored the same on the item, so it cannot tell students apart.",
          width,
          lines);
    }
  }

  private static void topics(Map<String, Double> topics, int width, List<String> lines) {
    if (topics.isEmpty()) {
      return;
    }
    lines.add("");
    lines.add("Topic (class mean)");
    int name = Math.min(30, width - 20);
    topics.forEach(
        (topic, mean) ->
            lines.add(
                Cell.pad(topic, name)
                    + "  "
                    + Cell.bar(mean, 10)
                    + String.format(Locale.ROOT, "%6s", pct(mean))));
  }

  private static void distribution(TestFigures test, int width, List<String> lines) {
    lines.add("");
    lines.add("Scores (students per band)");
    int most = test.distribution().stream().mapToInt(Integer::intValue).max().orElse(0);
    int room = width - 20;
    for (int band = 0; band < 10; band++) {
      int count = test.distribution().get(band);
      String label = String.format(Locale.ROOT, "%3d-%d%%", band * 10, band * 10 + 10);
      String bar = most == 0 ? "" : "█".repeat((int) Math.round((double) count * room / most));
      lines.add(String.format(Locale.ROOT, "%8s │", label) + bar + (count > 0 ? " " + count : ""));
    }
  }

  private static void students(List<StudentRow> students, int width, List<String> lines) {
    lines.add("");
    int name = Math.min(30, width - 40);
    lines.add(Cell.pad("Student", name) + "   score  percentile  needs help on");
    for (StudentRow row : students) {
      List<String> weak = new ArrayList<>();
      row.topics()
          .forEach(
              (topic, score) -> {
                if (score < NEEDS_HELP) {
                  weak.add(topic + " " + pct(score));
                }
              });
      String head =
          Cell.pad(row.who(), name)
              + String.format(Locale.ROOT, "%8s%12s  ", pct(row.score()), num(row.percentile(), 0));
      lines.add((head + Cell.fit(String.join(", ", weak), width - head.length())).stripTrailing());
    }
  }

  /** Adds {@code text} in lines of at most {@code width}, continuation lines indented. */
  private static void wrap(String text, int width, List<String> lines) {
    String rest = Cell.fit(text, Integer.MAX_VALUE);
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      cut = cut <= 6 ? width : cut;
      lines.add(rest.substring(0, cut));
      rest = "      " + rest.substring(cut).strip();
    }
    lines.add(rest);
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.0f%%", value);
  }

  private static String pct(OptionalDouble value) {
    return value.isPresent() ? pct(value.getAsDouble()) : "-";
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String num(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }

  private static String num(OptionalDouble value) {
    return value.isPresent() ? num(value.getAsDouble()) : "-";
  }

  private static String num(OptionalDouble value, int places) {
    return value.isPresent() ? num(value.getAsDouble(), places) : "-";
  }
}
