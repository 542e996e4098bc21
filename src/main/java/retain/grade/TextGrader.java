package retain.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades free text: short answers and cloze blanks (design §2, {@code short} and {@code cloze}).
 */
final class TextGrader {

  private TextGrader() {}

  /**
   * @param answer the answer as the deck writes it
   * @param accept the alternatives that count as well
   * @param rules whether the card tolerates typos and whether the answer is a person's name
   * @param expected the answer for display
   */
  static Verdict grade(
      String text, String answer, List<String> accept, TextMatch.Rules rules, String expected) {
    List<String> targets = new ArrayList<>(accept.size() + 1);
    targets.add(answer);
    targets.addAll(accept);
    Optional<TextMatch> match = TextMatch.find(text, targets, rules);
    if (match.isPresent()) {
      String target = Quote.flat(match.get().target());
      String feedback =
          switch (match.get().kind()) {
            case ACCEPTED_ALTERNATIVE -> "accepted " + target + ", also written " + expected;
            case TYPO_TOLERATED -> "accepted with a typo: " + target;
            default -> "correct";
          };
      return Verdict.right(match.get().kind(), expected, feedback);
    }
    return Verdict.wrong(expected, missed(text, targets, rules.typos(), expected));
  }

  private static String missed(String text, List<String> targets, boolean typos, String expected) {
    Optional<String> near = TextMatch.nearMiss(text, targets);
    if (near.isEmpty()) {
      return "the answer is " + expected;
    }
    return typos
        ? "numbers must be exact: the answer is " + Quote.flat(near.get())
        : "close, but this card wants the exact spelling: " + Quote.flat(near.get());
  }
}
