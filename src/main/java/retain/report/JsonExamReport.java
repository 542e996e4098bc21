package retain.report;

import java.util.LinkedHashMap;
import java.util.Map;
import retain.exam.ExamResult;
import retain.exam.ItemResult;

/** The exam report of design §3 as JSON. */
public final class JsonExamReport {

  private JsonExamReport() {}

  /** The whole report; {@code passed} is null when no pass mark was set. */
  public static String render(ExamResult exam) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("deck", exam.deck().id());
    report.put("student", exam.student().orElse(null));
    report.put("seed", exam.paper().id().seed().orElse(null));
    report.put("answered", exam.answered());
    report.put("total", exam.total());
    report.put("score", Numbers.rounded(exam.score()));
    report.put("max", exam.max());
    report.put("percent", Numbers.rounded(exam.percent()));
    report.put("passed", exam.passed().orElse(null));
    report.put("results", exam.results().stream().map(JsonExamReport::result).toList());
    return Json.write(report);
  }

  private static Map<String, Object> result(ItemResult result) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("card", result.item().id());
    entry.put("type", result.item().card().type().key());
    entry.put("response", result.response().map(Responses::json).orElse(null));
    entry.put("expected", result.verdict().expected());
    entry.put("correct", result.verdict().correct());
    entry.put("score", Numbers.rounded(result.verdict().score()));
    entry.put("feedback", result.verdict().feedback());
    return entry;
  }
}
