package retain.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import retain.text.Xml;

/**
 * Questions as a Moodle XML file (Moodle docs, "Moodle XML format"): a {@code <question
 * type="category">} where the category changes, then one {@code <question>} per question, its texts
 * in Moodle's HTML format (escaped) and its answers' fractions in percent.
 */
final class MoodleXmlWriter {

  private MoodleXmlWriter() {}

  static String write(List<LmsQuestion> questions) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    Optional<String> category = Optional.empty();
    for (LmsQuestion question : questions) {
      if (question.category().isPresent() && !question.category().equals(category)) {
        category = question.category();
        xml.append("  <question type=\"category\">\n");
        xml.append("    <category><text>")
            .append(Xml.text(category.get()))
            .append("</text></category>\n");
        xml.append("  </question>\n");
      }
      question(xml, question);
    }
    return xml.append("</quiz>\n").toString();
  }

  private static void question(StringBuilder xml, LmsQuestion question) {
    xml.append("  <question type=\"").append(question.kind().xml).append("\">\n");
    xml.append("    <name><text>").append(Xml.text(question.name())).append("</text></name>\n");
    html(xml, "    ", "questiontext", question.text());
    html(xml, "    ", "generalfeedback", question.feedback());
    xml.append("    <defaultgrade>1</defaultgrade>\n");
    switch (question.kind()) {
      case MULTICHOICE -> {
        element(xml, "single", String.valueOf(question.single()));
        element(xml, "shuffleanswers", String.valueOf(question.shuffle()));
        element(xml, "answernumbering", "abc");
        answers(xml, question);
      }
      case TRUEFALSE -> {
        boolean truth = Boolean.parseBoolean(question.answers().get(0).text());
        for (boolean value : List.of(true, false)) {
          answer(
              xml,
              new LmsAnswer(
                  String.valueOf(value),
                  value == truth ? LmsAnswer.FULL : BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  ""),
              false);
        }
      }
      case MATCHING -> {
        element(xml, "shuffleanswers", "true");
        for (var pair : question.pairs()) {
          xml.append("    <subquestion format=\"html\"><text>")
              .append(Xml.text(LmsText.html(pair.left())))
              .append("</text>\n      <answer><text>")
              .append(Xml.text(pair.right()))
              .append("</text></answer>\n    </subquestion>\n");
        }
      }
      case ORDERING -> {
        element(xml, "layouttype", "VERTICAL");
        element(xml, "selecttype", "ALL");
        element(xml, "selectcount", "0");
        element(xml, "gradingtype", "RELATIVE_ALL_PREVIOUS_AND_NEXT");
        for (String item : question.items()) {
          xml.append("    <answer fraction=\"1\" format=\"html\"><text>")
              .append(Xml.text(LmsText.html(item)))
              .append("</text></answer>\n");
        }
      }
      case SHORTANSWER -> {
        element(xml, "usecase", "0");
        answers(xml, question);
      }
      case NUMERICAL -> answers(xml, question);
      default -> {}
    }
    question.hint().ifPresent(hint -> html(xml, "    ", "hint", hint));
    if (!question.tags().isEmpty()) {
      xml.append("    <tags>\n");
      question
          .tags()
          .forEach(
              tag ->
                  xml.append("      <tag><text>").append(Xml.text(tag)).append("</text></tag>\n"));
      xml.append("    </tags>\n");
    }
    xml.append("  </question>\n");
  }

  private static void answers(StringBuilder xml, LmsQuestion question) {
    boolean numerical = question.kind() == LmsQuestion.Kind.NUMERICAL;
    question.answers().forEach(answer -> answer(xml, answer, numerical));
  }

  private static void answer(StringBuilder xml, LmsAnswer answer, boolean numerical) {
    xml.append("    <answer fraction=\"")
        .append(answer.percent().toPlainString())
        .append("\" format=\"plain_text\">\n      <text>")
        .append(Xml.text(answer.text()))
        .append("</text>\n");
    if (numerical) {
      xml.append("      <tolerance>")
          .append(answer.tolerance().toPlainString())
          .append("</tolerance>\n");
    }
    if (!answer.feedback().isEmpty()) {
      html(xml, "      ", "feedback", answer.feedback());
    }
    xml.append("    </answer>\n");
  }

  private static void html(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent)
        .append('<')
        .append(name)
        .append(" format=\"html\"><text>")
        .append(Xml.text(LmsText.html(text)))
        .append("</text></")
        .append(name)
        .append(">\n");
  }

  private static void element(StringBuilder xml, String name, String value) {
    xml.append("    <")
        .append(name)
        .append('>')
        .append(value)
        .append("</")
        .append(name)
        .append(">\n");
  }
}
