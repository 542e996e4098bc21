package retain.grade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import retain.deck.MultiCard;
import retain.grade.Picks.Part;

/**
 * Grades several picks among choices (design §2, {@code multi}): credit (right picks − wrong picks)
 * / number right, floored at 0, where a part that names no choice counts as a wrong pick; correct
 * only for exactly the right set.
 */
final class MultiGrader {

  private MultiGrader() {}

  static ShownList options(MultiCard card, Presentation presentation) {
    return new ShownList(card.choices(), presentation, true, true);
  }

  static Verdict grade(MultiCard card, List<Part> parts, ShownList options, String expected) {
    Set<Integer> right =
        IntStream.range(0, card.choices().size())
            .filter(i -> card.answers().contains(card.choices().get(i)))
            .boxed()
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<Integer> picked = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    boolean typo = false;
    for (Part part : parts) {
      if (part.pick().isPresent()) {
        picked.add(part.pick().get().index());
        typo |= part.pick().get().typo();
      } else {
        unknown.add(Quote.student(part.text()));
      }
    }
    Set<Integer> hits = new LinkedHashSet<>(picked);
    hits.retainAll(right);
    Set<Integer> misses = new LinkedHashSet<>(right);
    misses.removeAll(picked);
    Set<Integer> wrong = new LinkedHashSet<>(picked);
    wrong.removeAll(right);
    if (misses.isEmpty() && wrong.isEmpty() && unknown.isEmpty()) {
      return typo
          ? Verdict.right(
              Verdict.Kind.TYPO_TOLERATED, expected, "accepted with a typo: " + expected)
          : Verdict.right(Verdict.Kind.EXACT, expected, "correct");
    }
    double score =
        Math.max(
            0, (hits.size() - wrong.size() - unknown.size()) / (double) Math.max(1, right.size()));
    // by the letters on screen: the texts are long, and the answer line gives them in full
    List<String> feedback = new ArrayList<>();
    section(feedback, "got ", letters(hits, options));
    section(feedback, "missed ", letters(misses, options));
    section(feedback, "not ", letters(wrong, options));
    section(
        feedback,
        "not a choice: ",
        unknown.size() <= 3
            ? unknown
            : List.of(
                String.join(", ", unknown.subList(0, 3)), "and " + (unknown.size() - 3) + " more"));
    return Verdict.credit(score, expected, String.join("; ", feedback));
  }

  /** The letters the choices were shown at, in the order they were shown. */
  private static List<String> letters(Set<Integer> indices, ShownList options) {
    return indices.stream().map(options::letterOf).sorted().toList();
  }

  private static void section(List<String> feedback, String label, List<String> texts) {
    if (!texts.isEmpty()) {
      feedback.add(label + String.join(", ", texts));
    }
  }
}
