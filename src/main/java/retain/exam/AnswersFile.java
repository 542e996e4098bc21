package retain.exam;

import java.util.List;
import java.util.Optional;
import retain.deck.YamlValue;

/**
 * A student's prepared answers (design §3), as written: item ids with their values and positions.
 *
 * @param deck the deck id the answers are for
 * @param student copied into every report, when given
 */
public record AnswersFile(String deck, Optional<String> student, List<Answer> answers) {

  /** One answer: the item id as written and the value under it. */
  public record Answer(YamlValue.Scalar item, YamlValue value) {}

  public AnswersFile {
    answers = List.copyOf(answers);
  }

  /** The answer for {@code itemId}, if the file gives one. */
  public Optional<Answer> find(String itemId) {
    return answers.stream().filter(answer -> answer.item().text().equals(itemId)).findFirst();
  }
}
