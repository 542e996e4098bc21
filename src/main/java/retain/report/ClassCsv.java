package retain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import retain.analysis.ClassReport;
import retain.analysis.Flag;
import retain.analysis.ItemFigures;
import retain.text.Csv;
import retain.text.Numbers;

/** A class report for spreadsheets: one row per item (docs/report.md). */
public final class ClassCsv {

  private static final List<String> HEADER =
      List.of(
          "item",
          "type",
          "topic",
          "question",
          "students",
          "attempts",
          "facility",
          "sd",
          "discrimination",
          "flags");

  private ClassCsv() {}

  /** A header and one record per item; an undefined discrimination is an empty cell. */
  public static String render(ClassReport report) {
    StringBuilder out = new StringBuilder(Csv.record(HEADER));
    for (ItemFigures item : report.items()) {
      String flags =
          report.flags().stream()
              .filter(flag -> flag.item().equals(item.item()))
              .map(Flag::kind)
              .map(Flag.Kind::label)
              .distinct()
              .collect(Collectors.joining("; "));
      List<Object> row = new ArrayList<>();
      row.add(item.item());
      row.add(item.type());
      row.add(item.topic().orElse(null));
      row.add(item.question());
      row.add(item.students());
      row.add(item.attempts());
      row.add(Numbers.rounded(item.facility(), 4));
      row.add(Numbers.rounded(item.sd(), 4));
      row.add(
          item.discrimination().isPresent()
              ? Numbers.rounded(item.discrimination().getAsDouble(), 4)
              : null);
      row.add(flags);
      out.append(Csv.record(row));
    }
    return out.toString();
  }
}
