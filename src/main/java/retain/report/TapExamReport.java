package retain.report;

import retain.exam.AnswerText;
import retain.exam.ExamResult;
import retain.exam.ItemResult;
import retain.grade.Escape;
import retain.text.Json;
import retain.text.Numbers;

/** The exam as TAP version 13: a plan, then one ok or not ok line per item with YAML details. */
public final class TapExamReport {

  private TapExamReport() {}

  /** The whole TAP stream. */
  public static String render(ExamResult exam) {
    StringBuilder tap = new StringBuilder("TAP version 13\n1..").append(exam.total()).append('\n');
    for (int i = 0; i < exam.results().size(); i++) {
      line(tap, i + 1, exam.results().get(i));
    }
    tap.append("# paper: ").append(Escape.line(exam.paper().id().describe())).append('\n');
    tap.append("# ").append(exam.deck().id());
    exam.student().ifPresent(student -> tap.append(", ").append(Escape.line(student)));
    tap.append(": ")
        .append(Numbers.rounded(exam.score()))
        .append('/')
        .append(exam.max())
        .append(" (")
        .append(Numbers.rounded(exam.percent()))
        .append("%)");
    exam.passed().ifPresent(passed -> tap.append(passed ? ", passed" : ", failed"));
    return tap.append('\n').toString();
  }

  private static void line(StringBuilder tap, int number, ItemResult result) {
    boolean ok = result.verdict().correct();
    tap.append(ok ? "ok " : "not ok ")
        .append(number)
        .append(" - ")
        .append(result.item().id())
        .append('\n');
    if (ok) {
      return;
    }
    // JSON strings are valid YAML scalars, so the diagnostics block needs no escaping of its own
    tap.append("  ---\n");
    tap.append("  response: ")
        .append(result.response().map(r -> Json.write(AnswerText.of(r))).orElse("null"))
        .append('\n');
    tap.append("  expected: ").append(Json.write(result.verdict().expected())).append('\n');
    tap.append("  feedback: ").append(Json.write(result.verdict().feedback())).append('\n');
    tap.append("  score: ").append(Numbers.rounded(result.verdict().score())).append('\n');
    tap.append("  ...\n");
  }
}
