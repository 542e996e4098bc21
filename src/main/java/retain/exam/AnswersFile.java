package retain.exam;

import java.util.List;
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

  /** The answer for {@code itemId}, if the file gives one; a key left empty gives none. */
  public Optional<Answer> find(String itemId) {
    return answers.stream()
        .filter(answer -> answer.itemId().equals(itemId))
        .filter(answer -> !(answer.value() instanceof YamlValue.Scalar scalar && scalar.isNull()))
        .findFirst();
  }
}
