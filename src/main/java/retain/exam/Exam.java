package retain.exam;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import retain.deck.Deck;
import retain.deck.Item;
import retain.deck.YamlValue;
import retain.grade.Grader;
import retain.grade.Response;

/** Grades an answers file against its deck: a pure function. */
public final class Exam {

  private Exam() {}

  /**
   * Grades every item of {@code deck} in scope ({@code topics}, when not empty) against the
   * answers; items without an answer score 0.
   */
  public static ExamResult grade(
      Deck deck, AnswersFile answers, Set<String> topics, Optional<Double> passMark) {
    List<ItemResult> results =
        deck.items().stream()
            .filter(
                item ->
                    topics.isEmpty()
                        || item.card().meta().topic().filter(topics::contains).isPresent())
            .map(item -> grade(item, answers.find(item.id()).map(AnswersFile.Answer::value)))
            .toList();
    return new ExamResult(deck, answers.student(), results, passMark);
  }

  private static ItemResult grade(Item item, Optional<YamlValue> answer) {
    var verdict =
        answer
            .map(value -> Grader.grade(item, response(value)))
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
