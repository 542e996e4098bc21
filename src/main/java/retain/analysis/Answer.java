package retain.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One item of one student's exam report.
 *
 * @param choices a choice or multi item's choices in the deck's order; empty for other kinds
 * @param right the choices that are right
 * @param picked the choices the student named, by text
 * @param answered whether the student gave any answer
 * @param score the item's credit, 0 to 1
 */
public record Answer(
    String item,
    String type,
    Optional<String> topic,
    String question,
    List<String> choices,
    List<String> right,
    List<String> picked,
    boolean answered,
    double score) {

  public Answer {
    choices = List.copyOf(choices);
    right = List.copyOf(right);
    picked = List.copyOf(picked);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("item '" + item + "' has a score outside 0..1: " + score);
    }
  }
}
