package retain.grade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an answer is compared by (issue 12, docs/grading.md): its normalised text cut into
 * words at spaces, hyphens and inner punctuation and where letters meet digits ({@code Zapad2023} =
 * {@code Zapad 2023}, {@code Helsinki-2.0} = {@code Helsinki 2.0}), each word in its {@link
 * Spelling folded} spelling, without one leading article or possessive and without generic nouns at
 * the end ({@code the Zapad 2023 drills} = {@code Zapad 2023}). Nothing else is dropped, so {@code
 * not Zapad 2023} and {@code Zapad 2023 and Union Shield} keep their extra words.
 */
final class TextForm {

  /**
   * Leading articles or possessives, each followed by a space: {@code A. Putin} keeps its initial.
   */
  private static final Pattern LEADING = Pattern.compile("^(?:(?:the|a|an|its|their) )+(?=\\S)");

  private static final Set<String> GENERIC_TRAILING =
      Set.of("drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers");

  /** Punctuation inside a word, except a decimal point between digits and an apostrophe. */
  private static final Pattern INNER =
      Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)|[\\p{Pd}\\p{Ps}\\p{Pe}\\p{Pc},;:!?/\"\\\\]");

  private static final Pattern LETTER_DIGIT =
      Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");

  private TextForm() {}

  /** The compared words of a text, joined by single spaces. */
  static String of(String text) {
    return String.join(" ", words(text));
  }

  /** The compared words of a text. */
  static List<String> words(String text) {
    String normalized = TextNormalizer.normalize(text);
    Matcher leading = LEADING.matcher(normalized);
    // punctuation that the article stood before is at an end now: "the 'a" = "a"
    String unled =
        leading.lookingAt()
            ? TextNormalizer.normalize(normalized.substring(leading.end()))
            : normalized;
    String spaced = LETTER_DIGIT.matcher(INNER.matcher(unled).replaceAll(" ")).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String word : spaced.split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    while (words.size() > 1 && GENERIC_TRAILING.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    words.replaceAll(Spelling::fold);
    return words;
  }

  /** The words of a compared form. */
  static List<String> split(String form) {
    return form.isEmpty() ? List.of() : Arrays.asList(form.split(" "));
  }
}
