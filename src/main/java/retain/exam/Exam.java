package retain.exam;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import retain.deck.Item;
import retain.grade.Grader;
import retain.grade.Response;
import retain.yaml.YamlValue;

/** Grades an answers file against its deck: a pure function. */
public final class Exam {

  private Exam() {}

  /**
   * Grades every item on {@code paper} against the answers, letters and numbers as the paper showed
   * them; items without an answer score 0.
   */
  public static ExamResult grade(Paper paper, AnswersFile answers, Optional<Double> passMark) {
    Map<String, YamlValue> given = answers.given();
    List<ItemResult> results =
        paper.items().stream()
            .map(item -> grade(paper, item, Optional.ofNullable(given.get(item.id()))))
            .toList();
    return new ExamResult(paper, results, passMark);
  }

  private static ItemResult grade(Paper paper, Item item, Optional<YamlValue> answer) {
    var verdict =
        answer
            .map(value -> Grader.grade(item, response(value), paper.presentation(item)))
            .orElseGet(() -> Grader.unanswered(item));
    return new ItemResult(item, answer, verdict);
  }

  /** Answers files give text, lists (multi, order) or mappings (match): design §3. */
  static Response response(YamlValue value) {
    if (value instanceof YamlValue.Sequence sequence) {
      return new Response.Listed(sequence.items().stream().map(Exam::text).toList());
    }
    if (value instanceof YamlValue.Mapping mapping) {
      Map<String, String> pairs =
          mapping.entries().stream()
              .collect(
                  Collectors.toMap(
                      entry -> entry.key().text(),
                      entry -> text(entry.value()),
                      (a, b) -> a,
                      java.util.LinkedHashMap::new));
      return new Response.Pairs(pairs);
    }
    return new Response.Text(text(value));
  }

  private static String text(YamlValue value) {
    return value instanceof YamlValue.Scalar scalar ? scalar.text() : "";
  }
}
