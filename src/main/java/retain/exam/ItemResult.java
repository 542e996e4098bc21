package retain.exam;

import java.util.List;
import java.util.Optional;
import retain.deck.Item;
import retain.grade.Grader;
import retain.grade.Presentation;
import retain.grade.Verdict;
import retain.yaml.YamlValue;

/**
 * How one item of an exam went.
 *
 * @param response the answer as written in the answers file; empty when it gave none
 */
public record ItemResult(Item item, Optional<YamlValue> response, Verdict verdict) {

  /**
   * The texts of the choices the response picked (choice and multi items; empty otherwise), which
   * class reports tally whatever order each student saw the choices in.
   */
  public List<String> picked() {
    return response
        .map(value -> Grader.picked(item, Exam.response(value), Presentation.DECK_ORDER))
        .orElse(List.of());
  }
}
