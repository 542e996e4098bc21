package retain.report;

import retain.exam.AnswerText;
import retain.exam.ExamResult;
import retain.exam.ItemResult;
import retain.grade.Escape;
import retain.text.Numbers;
import retain.text.Xml;

/**
 * The exam as JUnit XML, which CI servers show as a test report: one testcase per item, and a
 * failure for each item not fully right.
 */
public final class JunitExamReport {

  private JunitExamReport() {}

  /** The whole report, one {@code testsuite}. */
  public static String render(ExamResult exam) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"")
        .append(Xml.attribute("retain exam " + exam.deck().id()))
        .append("\" tests=\"")
        .append(exam.total())
        .append("\" failures=\"")
        .append(exam.failures())
        .append("\" errors=\"0\" skipped=\"0\">\n");
    xml.append("  <properties>\n");
    exam.student().ifPresent(student -> property(xml, "student", Escape.line(student)));
    property(xml, "paper", Escape.line(exam.paper().id().describe()));
    property(xml, "score", Numbers.rounded(exam.score()) + "/" + exam.max());
    property(xml, "percent", Numbers.rounded(exam.percent()).toString());
    exam.passMark().ifPresent(mark -> property(xml, "pass", Numbers.rounded(mark).toString()));
    xml.append("  </properties>\n");
    exam.results().forEach(result -> testcase(xml, exam, result));
    return xml.append("</testsuite>\n").toString();
  }

  private static void property(StringBuilder xml, String name, String value) {
    xml.append("    <property name=\"")
        .append(name)
        .append("\" value=\"")
        .append(Xml.attribute(value))
        .append("\"/>\n");
  }

  private static void testcase(StringBuilder xml, ExamResult exam, ItemResult result) {
    xml.append("  <testcase classname=\"")
        .append(Xml.attribute(exam.deck().id()))
        .append("\" name=\"")
        .append(Xml.attribute(result.item().id()))
        .append('"');
    if (result.verdict().correct()) {
      xml.append("/>\n");
      return;
    }
    // escaped before XML: a newline kept in the body would show as a line of its own in CI
    String response = result.response().map(AnswerText::of).map(Escape::line).orElse("(no answer)");
    xml.append(">\n    <failure type=\"")
        .append(result.verdict().kind().name().toLowerCase(java.util.Locale.ROOT))
        .append("\" message=\"")
        .append(Xml.attribute(result.verdict().feedback()))
        .append("\">")
        .append(
            Xml.text(
                "response: "
                    + response
                    + "\nexpected: "
                    + result.verdict().expected()
                    + "\nscore: "
                    + Numbers.rounded(result.verdict().score())))
        .append("</failure>\n  </testcase>\n");
  }
}
