package retain.author;

import java.util.regex.Pattern;

/** What reads as a heading: a {@code #} line, or a short phrase in title case. */
final class Headings {

  private static final Pattern MARKDOWN = Pattern.compile("#+\\s*(.*)");

  /** A word of four or more letters, which title case capitalises. */
  private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");

  private Headings() {}

  /** Whether a whole line is a heading: {@code # ...}, or title case without end punctuation. */
  static boolean isHeadingLine(String line) {
    return MARKDOWN.matcher(line).matches() || (isTitle(line, 12) && !line.matches(".*[.,;:!?]"));
  }

  /** Whether a paragraph's opening sentence is a run-in heading ("Deepening Integration."). */
  static boolean isRunInHeading(String sentence) {
    return sentence.endsWith(".") && isTitle(sentence.substring(0, sentence.length() - 1), 8);
  }

  /** The heading's text, without {@code #} marks or a final full stop. */
  static String text(String heading) {
    var markdown = MARKDOWN.matcher(heading);
    String text = markdown.matches() ? markdown.group(1) : heading;
    return text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text.strip();
  }

  private static boolean isTitle(String phrase, int maxWords) {
    String[] words = phrase.strip().split("\\s+");
    if (words.length > maxWords
        || phrase.isBlank()
        || !Character.isUpperCase(phrase.strip().charAt(0))
        || phrase.matches(".*[,;:!?\"“”()].*")) {
      return false;
    }
    for (String word : words) {
      if (LONG_WORD.matcher(word).lookingAt() && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
