package retain.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import retain.analysis.ClassReport;
import retain.analysis.Flag;
import retain.analysis.ItemFigures;
import retain.analysis.OptionFigures;
import retain.analysis.StudentRow;
import retain.analysis.TestFigures;
import retain.text.Json;
import retain.text.Numbers;

/** A class report as JSON, every figure to four decimals (docs/report.md). */
public final class ClassJson {

  private ClassJson() {}

  /** The whole report; an undefined figure is {@code null}. */
  public static String render(ClassReport report) {
    return Json.write(
        Json.object(
            "deck", report.deck(),
            "notes", report.notes(),
            "test", test(report.test()),
            "flags", report.flags().stream().map(ClassJson::flag).toList(),
            "items", report.items().stream().map(ClassJson::item).toList(),
            "topics", topics(report.topics()),
            "students", report.students().stream().map(ClassJson::student).toList()));
  }

  private static Map<String, Object> test(TestFigures test) {
    return Json.object(
        "students", test.students(),
        "items", test.items(),
        "mean", exact(test.mean()),
        "median", exact(test.median()),
        "sd", exact(test.sd()),
        "skewness", exact(test.skewness()),
        "kurtosis", exact(test.kurtosis()),
        "alpha", exact(test.alpha()),
        "alphaIsKr20", test.kr20(),
        "sem", exact(test.sem()),
        "distribution", test.distribution());
  }

  private static Map<String, Object> flag(Flag flag) {
    return Json.object(
        "item",
        flag.item(),
        "kind",
        flag.kind().name().toLowerCase(java.util.Locale.ROOT),
        "message",
        flag.message());
  }

  private static Map<String, Object> item(ItemFigures item) {
    return Json.object(
        "item", item.item(),
        "type", item.type(),
        "topic", item.topic().orElse(null),
        "question", item.question(),
        "students", item.students(),
        "attempts", item.attempts(),
        "facility", exact(item.facility()),
        "sd", exact(item.sd()),
        "discrimination", exact(item.discrimination()),
        "options", item.options().stream().map(ClassJson::option).toList());
  }

  private static Map<String, Object> option(OptionFigures option) {
    return Json.object(
        "text", option.text(),
        "right", option.right(),
        "picks", option.picks(),
        "share", exact(option.share()),
        "meanRest", exact(option.meanRest()),
        "favouredByStrong", option.favouredByStrong());
  }

  private static Map<String, Object> student(StudentRow row) {
    return Json.object(
        "student", row.who(),
        "score", exact(row.score()),
        "percentile", exact(row.percentile()),
        "topics", topics(row.topics()));
  }

  private static Map<String, Object> topics(Map<String, Double> topics) {
    Map<String, Object> out = new LinkedHashMap<>();
    topics.forEach((topic, mean) -> out.put(topic, exact(mean)));
    return out;
  }

  private static Object exact(double value) {
    return Numbers.rounded(value, 4);
  }

  private static Object exact(OptionalDouble value) {
    return value.isPresent() ? exact(value.getAsDouble()) : null;
  }
}
