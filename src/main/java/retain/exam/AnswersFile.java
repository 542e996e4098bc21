package retain.exam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.yaml.YamlValue;

/**
 * A student's prepared answers (design §3), as written: item ids with their values and positions.
 *
 * @param deck the deck id the answers are for
 * @param paper the paper answered: its letters and numbers are the ones graded
 */
public record AnswersFile(String deck, PaperId paper, List<Answer> answers) {

  /**
   * One answer: the item it answers (its current id, when the file used a former one), the key as
   * written and the value under it.
   */
  public record Answer(String itemId, YamlValue.Scalar item, YamlValue value) {}

  public AnswersFile {
    answers = List.copyOf(answers);
  }

  /** The student's name, copied into every report, when given. */
  public Optional<String> student() {
    return paper.student();
  }

  /**
   * The value answered for each item id, keys left empty left out: looked up once per item of the
   * paper, so a 100,000-item exam does not scan the answers for each (issue 13).
   */
  public Map<String, YamlValue> given() {
    Map<String, YamlValue> given = new HashMap<>();
    for (Answer answer : answers) {
      if (!(answer.value() instanceof YamlValue.Scalar scalar && scalar.isNull())) {
        given.putIfAbsent(answer.itemId(), answer.value());
      }
    }
    return given;
  }
}
