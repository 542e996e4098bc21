package retain.grade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retain.deck.MatchCard;
import retain.grade.Picks.Part;
import retain.grade.ShownList.Pick;

/**
 * Grades pairings (design §2, {@code match}): the left items are numbered in the deck's order, the
 * right items lettered as shown. Score = pairs matched / left items, where a part that names
 * nothing, a left item twice, or a position past the last left item counts as one more item.
 */
final class MatchGrader {

  private static final Pattern NUMBERED =
      Pattern.compile("(\\d{1,2})\\s*[-:=.)>]*\\s*([a-z])(?![a-z])");
  private static final Pattern BETWEEN = Pattern.compile("[\\s,;]*");

  private final MatchCard card;
  private final ShownList lefts;
  private final ShownList rights;

  /** For each left item the right item chosen for it, or -1. */
  private final int[] chosen;

  private int stray;
  private boolean typo;

  private MatchGrader(MatchCard card, Presentation presentation) {
    this.card = card;
    this.lefts =
        new ShownList(
            card.pairs().stream().map(MatchCard.Pair::left).toList(),
            Presentation.DECK_ORDER,
            false,
            true);
    this.rights =
        new ShownList(
            card.pairs().stream().map(MatchCard.Pair::right).toList(), presentation, true, false);
    this.chosen = new int[card.pairs().size()];
    Arrays.fill(chosen, -1);
  }

  static Verdict grade(
      MatchCard card, Response response, Presentation presentation, String expected) {
    MatchGrader grader = new MatchGrader(card, presentation);
    if (response instanceof Response.Pairs pairs) {
      pairs.pairs().forEach(grader::pair);
    } else if (response instanceof Response.Listed listed) {
      grader.inLeftOrder(Picks.of(listed.items(), grader.rights));
    } else {
      grader.typed(((Response.Text) response).text());
    }
    return grader.verdict(expected);
  }

  /** {@code 1c 2a 3b} (also {@code 1-c, 2: a}), else right items in left order: {@code c a b}. */
  private void typed(String line) {
    String given = TextNormalizer.normalize(line.length() > 1000 ? "" : line);
    Matcher numbered = NUMBERED.matcher(given);
    List<int[]> found = new ArrayList<>();
    int end = 0;
    while (numbered.find() && BETWEEN.matcher(given.substring(end, numbered.start())).matches()) {
      found.add(new int[] {Integer.parseInt(numbered.group(1)), numbered.group(2).charAt(0)});
      end = numbered.end();
    }
    if (found.isEmpty() || !BETWEEN.matcher(given.substring(end)).matches()) {
      inLeftOrder(Picks.of(line, rights));
      return;
    }
    for (int[] pair : found) {
      pair(String.valueOf(pair[0]), Character.toString(pair[1]));
    }
  }

  private void inLeftOrder(List<Part> parts) {
    for (int i = 0; i < parts.size(); i++) {
      choose(
          i < chosen.length ? Optional.of(new Pick(i, false)) : Optional.empty(),
          parts.get(i).pick());
    }
  }

  private void pair(String left, String right) {
    choose(lefts.resolve(left), rights.resolve(right));
  }

  private void choose(Optional<Pick> left, Optional<Pick> right) {
    if (left.isEmpty() || right.isEmpty() || chosen[left.get().index()] >= 0) {
      stray++;
      return;
    }
    chosen[left.get().index()] = right.get().index();
    typo |= left.get().typo() || right.get().typo();
  }

  private Verdict verdict(String expected) {
    int size = chosen.length;
    int wrong = 0;
    // as on screen and as typed: numbers for the left items, the shown letters for the right ones
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      MatchCard.Pair pair = card.pairs().get(i);
      if (chosen[i] < 0 || !card.pairs().get(chosen[i]).right().equals(pair.right())) {
        wrong++;
      }
      pairs.add((i + 1) + rights.letterOf(i));
    }
    if (wrong == 0 && stray == 0) {
      return typo
          ? Verdict.right(
              Verdict.Kind.TYPO_TOLERATED, expected, "accepted with a typo: " + expected)
          : Verdict.right(Verdict.Kind.EXACT, expected, "correct");
    }
    int matched = size - wrong;
    String feedback =
        matched
            + " of "
            + size
            + " matched"
            + (wrong == 0 ? "" : "; the answer is " + String.join(" ", pairs));
    return Verdict.credit(matched / (double) (size + stray), expected, feedback);
  }
}
