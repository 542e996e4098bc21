package retain.grade;

import java.util.List;
import java.util.Set;
import retain.text.EditDistance;

/**
 * Whether a typed text that is a few typos away from an answer is a typo of it rather than another
 * word (issue 12): each word may only have the typos its own length tolerates, a typed word that is
 * a direction, contrast, month or number word is that word and no typo of another, and adding or
 * dropping a prefix that turns a meaning round ({@code emigration}, {@code derussification}) is no
 * typo.
 */
final class NearWords {

  /** Words that name one of a set of alternatives, so a near spelling of another is wrong. */
  private static final Set<String> DISTINCT =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "upper",
          "lower",
          "before",
          "after",
          "increase",
          "decrease",
          "increased",
          "decreased",
          "import",
          "export",
          "imports",
          "exports",
          "min",
          "max",
          "minimum",
          "maximum",
          "more",
          "less",
          "over",
          "under",
          "above",
          "below",
          "inner",
          "outer",
          "inflow",
          "outflow",
          "internal",
          "external",
          "formal",
          "informal",
          "legal",
          "illegal",
          "higher",
          "high",
          "low",
          "left",
          "right",
          "first",
          "last",
          "former",
          "latter",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "fifteen",
          "fifty",
          "sixteen",
          "sixty",
          "seventeen",
          "seventy",
          "eighteen",
          "eighty",
          "nineteen",
          "ninety",
          "fourteen",
          "forty");

  private static final List<String> TURNING_PREFIXES =
      List.of("de", "dis", "e", "im", "in", "ir", "il", "un", "non", "anti", "counter", "mis");

  private NearWords() {}

  /** Whether {@code given} may be a typo of {@code target}, both in their compared form. */
  static boolean typoOf(String given, String target) {
    List<String> typed = TextForm.split(given);
    List<String> wanted = TextForm.split(target);
    if (typed.size() != wanted.size()) {
      String joined = given.replace(" ", "");
      String joinedTarget = target.replace(" ", "");
      return EditDistance.atMost(joined, joinedTarget, 1) <= 1;
    }
    for (int i = 0; i < typed.size(); i++) {
      if (!typed.get(i).equals(wanted.get(i)) && !wordTypo(typed.get(i), wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordTypo(String typed, String wanted) {
    int tolerated = TypoDistance.tolerated(wanted);
    return !DISTINCT.contains(typed)
        && !turned(typed, wanted)
        && !turned(wanted, typed)
        && tolerated > 0
        && EditDistance.atMost(typed, wanted, tolerated) <= tolerated;
  }

  private static boolean turned(String longer, String shorter) {
    return TURNING_PREFIXES.stream()
        .anyMatch(
            prefix -> longer.equals(prefix + shorter) || longer.equals(prefix + "-" + shorter));
  }
}
