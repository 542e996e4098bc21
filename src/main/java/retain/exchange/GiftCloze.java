package retain.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.exchange.LmsQuestion.Kind;

/**
 * Joins back the questions that a cloze card became in GIFT: consecutive "missing word"
 * short-answer questions named {@code ID.1}, {@code ID.2}, ..., each showing its own blank as the
 * gap and the others filled in. Each question gives where its blank stands in the filled-in text,
 * so the card's text is rebuilt exactly; questions that do not agree on that text stay separate.
 */
final class GiftCloze {

  private static final String FIRST = ".1";

  private GiftCloze() {}

  static List<PlacedQuestion> join(List<PlacedQuestion> questions) {
    List<PlacedQuestion> joined = new ArrayList<>();
    int i = 0;
    while (i < questions.size()) {
      LmsQuestion first = questions.get(i).question();
      String id = first.name().endsWith(FIRST) ? first.name().replaceFirst("\\.1$", "") : "";
      int end = i;
      while (!id.isEmpty()
          && end < questions.size()
          && isPart(questions.get(end).question(), id + "." + (end - i + 1))) {
        end++;
      }
      Optional<LmsQuestion> cloze =
          end > i ? cloze(id, questions.subList(i, end)) : Optional.empty();
      if (cloze.isPresent()) {
        joined.add(
            new PlacedQuestion(cloze.get(), questions.get(i).line(), questions.get(i).column()));
        i = end;
      } else {
        joined.add(questions.get(i++));
      }
    }
    return joined;
  }

  private static boolean isPart(LmsQuestion question, String name) {
    String text = question.text();
    return question.kind() == Kind.SHORTANSWER
        && question.name().equals(name)
        && text.contains(CardQuestions.GAP)
        && text.indexOf(CardQuestions.GAP) == text.lastIndexOf(CardQuestions.GAP)
        && question.answers().stream().allMatch(LmsAnswer::isFull);
  }

  /** The cloze question whose filled-in text every part agrees on, if they do. */
  private static Optional<LmsQuestion> cloze(String id, List<PlacedQuestion> parts) {
    String solved = null;
    int[] starts = new int[parts.size()];
    for (int n = 0; n < parts.size(); n++) {
      LmsQuestion part = parts.get(n).question();
      int gap = part.text().indexOf(CardQuestions.GAP);
      String filled =
          part.text().substring(0, gap)
              + part.answers().get(0).text()
              + part.text().substring(gap + CardQuestions.GAP.length());
      if (solved != null && !solved.equals(filled)) {
        return Optional.empty();
      }
      solved = filled;
      starts[n] = gap;
    }
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (int n = 0; n < parts.size(); n++) {
      LmsQuestion part = parts.get(n).question();
      if (starts[n] < at) {
        return Optional.empty();
      }
      text.append(solved, at, starts[n]);
      text.append(MoodleCloze.embedded(part.answers().stream().map(LmsAnswer::text).toList()));
      at = starts[n] + part.answers().get(0).text().length();
    }
    text.append(solved.substring(at));
    LmsQuestion first = parts.get(0).question();
    return Optional.of(
        LmsQuestion.of(Kind.CLOZE, id, text.toString())
            .inCategory(first.category())
            .withHelp(first.feedback(), first.hint(), first.tags()));
  }
}
