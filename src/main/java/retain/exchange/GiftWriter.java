package retain.exchange;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import retain.exchange.LmsQuestion.Kind;

/**
 * Questions as a GIFT file (Moodle docs, "GIFT format"): a {@code $CATEGORY:} line where the
 * category changes, then one question per paragraph, {@code ::name::text{answers####feedback}}.
 * What GIFT has no place for (a hint, tags) goes into {@code // retain ...} comment lines above the
 * question, which Moodle skips and {@link GiftReader} reads back.
 */
final class GiftWriter {

  static final String HINT_COMMENT = "// retain hint: ";
  static final String TAG_COMMENT = "// retain tag: ";

  private GiftWriter() {}

  static String write(List<LmsQuestion> questions) {
    StringBuilder out = new StringBuilder();
    Optional<String> category = Optional.empty();
    for (LmsQuestion question : questions) {
      if (question.category().isPresent() && !question.category().equals(category)) {
        category = question.category();
        out.append("$CATEGORY: ").append(category.get()).append("\n\n");
      }
      question
          .hint()
          .ifPresent(hint -> out.append(HINT_COMMENT).append(oneLine(hint)).append('\n'));
      question.tags().forEach(tag -> out.append(TAG_COMMENT).append(oneLine(tag)).append('\n'));
      out.append("::").append(GiftText.escape(question.name())).append("::");
      out.append(text(question)).append("\n\n");
    }
    return out.toString();
  }

  /**
   * The question text with its answer set, in the gap for a "missing word" question. Text that
   * Moodle's default format would read as HTML, or that starts with a format name, is marked {@code
   * [plain]}.
   */
  private static String text(LmsQuestion question) {
    String text = question.text();
    String marker =
        text.startsWith("[") || text.contains("<") || text.contains("&") ? "[plain]" : "";
    int gap = text.indexOf(CardQuestions.GAP);
    if (gap >= 0 && question.kind() == Kind.SHORTANSWER) {
      return marker
          + GiftText.escape(text.substring(0, gap))
          + answers(question, " ", "")
          + GiftText.escape(text.substring(gap + CardQuestions.GAP.length()));
    }
    return marker + GiftText.escape(text) + answers(question, "\n\t", "\n");
  }

  private static String answers(LmsQuestion question, String before, String end) {
    String body =
        switch (question.kind()) {
          case TRUEFALSE ->
              before + (Boolean.parseBoolean(question.answers().get(0).text()) ? "TRUE" : "FALSE");
          case NUMERICAL -> "#" + numbers(question.answers(), before);
          case MATCHING ->
              question.pairs().stream()
                  .map(
                      pair ->
                          before
                              + "="
                              + GiftText.escape(pair.left())
                              + " -> "
                              + GiftText.escape(pair.right()))
                  .collect(Collectors.joining());
          default ->
              question.answers().stream()
                  .map(answer -> before + choice(question, answer) + feedback(answer))
                  .collect(Collectors.joining());
        };
    String general =
        question.feedback().isEmpty() ? "" : before + "####" + GiftText.escape(question.feedback());
    return "{" + body + general + end + "}";
  }

  private static String choice(LmsQuestion question, LmsAnswer answer) {
    boolean shortAnswer = question.kind() == Kind.SHORTANSWER;
    String mark;
    if (answer.isFull() && (shortAnswer || question.single())) {
      mark = "=";
    } else if (answer.percent().signum() == 0 && !shortAnswer) {
      mark = "~";
    } else {
      mark = (shortAnswer ? "=" : "~") + "%" + answer.percent().toPlainString() + "%";
    }
    return mark + GiftText.escape(answer.text());
  }

  private static String numbers(List<LmsAnswer> answers, String before) {
    if (answers.size() == 1 && answers.get(0).isFull() && answers.get(0).feedback().isEmpty()) {
      return number(answers.get(0));
    }
    return answers.stream()
        .map(
            answer ->
                before
                    + "="
                    + (answer.isFull() ? "" : "%" + answer.percent().toPlainString() + "%")
                    + number(answer)
                    + feedback(answer))
        .collect(Collectors.joining());
  }

  private static String number(LmsAnswer answer) {
    return answer.text()
        + (answer.tolerance().signum() == 0 ? "" : ":" + answer.tolerance().toPlainString());
  }

  private static String feedback(LmsAnswer answer) {
    return answer.feedback().isEmpty() ? "" : "#" + GiftText.escape(answer.feedback());
  }

  private static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
