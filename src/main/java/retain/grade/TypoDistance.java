package retain.grade;

import java.util.Arrays;
import java.util.List;
import retain.text.EditDistance;

/**
 * How many typos an answer tolerates (design §2), counted as {@link EditDistance}: an insertion, a
 * deletion, a substitution or a swap of two adjacent letters is one typo.
 */
final class TypoDistance {

  private TypoDistance() {}

  /** 1 typo for answers of 5 or more letters, 2 for 10 or more, none below 5. */
  static int tolerated(String normalizedAnswer) {
    long letters = normalizedAnswer.codePoints().filter(Character::isLetter).count();
    return letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
  }

  /**
   * Whether the tokens that contain a digit are the same in both texts, in the same order: typos
   * are never tolerated inside numbers, so {@code Resolution 2758} is not {@code Resolution 2759}.
   */
  static boolean sameNumbers(String a, String b) {
    return numberTokens(a).equals(numberTokens(b));
  }

  private static List<String> numberTokens(String text) {
    return Arrays.stream(text.split(" "))
        .filter(token -> token.chars().anyMatch(Character::isDigit))
        .toList();
  }
}
