package retain.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One item's figures over the class.
 *
 * @param attempts students who answered it
 * @param facility the mean item score in percent
 * @param sd the standard deviation of the item score, in percent
 * @param discrimination the correlation of the item score with the rest of the test, in percent;
 *     empty when everyone scored the same on the item (or on the rest), where it is undefined
 * @param options the choices of a choice or multi item, in the deck's order; empty otherwise
 */
public record ItemFigures(
    String item,
    String type,
    Optional<String> topic,
    String question,
    int students,
    int attempts,
    double facility,
    double sd,
    OptionalDouble discrimination,
    List<OptionFigures> options) {

  public ItemFigures {
    options = List.copyOf(options);
  }

  /** Percent of the students who left the item unanswered. */
  public double unanswered() {
    return students == 0 ? 0 : 100.0 * (students - attempts) / students;
  }
}
