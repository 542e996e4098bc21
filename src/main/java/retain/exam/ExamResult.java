package retain.exam;

import java.util.List;
import java.util.Optional;
import retain.deck.Deck;

/**
 * A graded exam: every item on the paper, answered or not.
 *
 * @param passMark the percentage needed to pass, when one was set
 */
public record ExamResult(Paper paper, List<ItemResult> results, Optional<Double> passMark) {

  public ExamResult {
    results = List.copyOf(results);
  }

  /** The deck graded against. */
  public Deck deck() {
    return paper.deck();
  }

  /** The student named in the answers file, when given. */
  public Optional<String> student() {
    return paper.id().student();
  }

  /** Items the answers file gave an answer for. */
  public int answered() {
    return (int) results.stream().filter(result -> result.response().isPresent()).count();
  }

  /** Items in scope. */
  public int total() {
    return results.size();
  }

  /** The sum of the items' scores, each 0 to 1. */
  public double score() {
    return results.stream().mapToDouble(result -> result.verdict().score()).sum();
  }

  /** The best possible score: one point an item. */
  public int max() {
    return total();
  }

  /** The score as a percentage of the maximum, 0 for an empty scope. */
  public double percent() {
    return max() == 0 ? 0 : 100 * score() / max();
  }

  /** Whether the exam reached its pass mark; empty when no mark was set. */
  public Optional<Boolean> passed() {
    return passMark.map(mark -> percent() + 1e-9 >= mark);
  }

  /** Items not fully right. */
  public long failures() {
    return results.stream().filter(result -> !result.verdict().correct()).count();
  }
}
