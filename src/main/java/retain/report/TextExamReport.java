package retain.report;

import retain.exam.ExamResult;
import retain.exam.ItemResult;
import retain.grade.Escape;
import retain.grade.Verdict;
import retain.text.Numbers;

/**
 * The exam for people: one line per item, then the score. A student's text is escaped, so no name
 * or answer can forge a line of the report.
 */
public final class TextExamReport {

  private TextExamReport() {}

  /** The whole report. */
  public static String render(ExamResult exam) {
    StringBuilder text = new StringBuilder();
    text.append("Exam: ")
        .append(Escape.line(exam.deck().title()))
        .append(" (")
        .append(exam.deck().id())
        .append(")\n");
    exam.student()
        .ifPresent(student -> text.append("Student: ").append(Escape.line(student)).append('\n'));
    text.append("Paper: ").append(Escape.line(exam.paper().id().describe())).append('\n');
    text.append('\n');
    int width =
        exam.results().stream().mapToInt(result -> result.item().id().length()).max().orElse(0);
    exam.results().forEach(result -> line(text, result, width));
    text.append('\n')
        .append("Score: ")
        .append(Numbers.rounded(exam.score()))
        .append(" / ")
        .append(exam.max())
        .append(" (")
        .append(Numbers.rounded(exam.percent()))
        .append("%), ")
        .append(exam.answered())
        .append(" of ")
        .append(exam.total())
        .append(" answered");
    exam.passed()
        .ifPresent(
            passed ->
                text.append(passed ? ", passed" : ", failed")
                    .append(" (pass mark ")
                    .append(Numbers.rounded(exam.passMark().orElseThrow()))
                    .append("%)"));
    return text.append('\n').toString();
  }

  private static void line(StringBuilder text, ItemResult result, int width) {
    Verdict verdict = result.verdict();
    text.append(String.format("  %-7s %-" + width + "s  ", mark(verdict), result.item().id()));
    text.append(verdict.correct() ? verdict.expected() : verdict.feedback());
    if (!verdict.correct() && !verdict.feedback().contains(verdict.expected())) {
      text.append(" (expected: ").append(verdict.expected()).append(')');
    }
    text.append('\n');
  }

  private static String mark(Verdict verdict) {
    return switch (verdict.kind()) {
      case EXACT, ACCEPTED_ALTERNATIVE, TYPO_TOLERATED -> "right";
      case PARTIAL -> "partial";
      case WRONG, UNREADABLE -> "wrong";
      case BLANK -> "blank";
    };
  }
}
