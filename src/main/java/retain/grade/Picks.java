package retain.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retain.grade.ShownList.Pick;

/**
 * Reads a response that names several elements of a shown list, in order: {@code a c}, {@code 1,3},
 * {@code c a d b}, {@code cadb}, {@code industry; transport}, or a list from an answers file.
 */
final class Picks {

  /** One named element, or the text that named nothing. */
  record Part(String text, Optional<Pick> pick) {}

  /**
   * No list has more than 10 elements (design §2), so parts past this many are read as none: the
   * verdict cannot change by then, and a pasted page costs no more than a short answer.
   */
  private static final int MOST_PARTS = 100;

  /** Commas, semicolons, line breaks, arrows, and {@code and} or {@code &} between words. */
  static final Pattern SEPARATORS = Pattern.compile("[,;\\n\\r>→]+|\\s+(?i:and|&)\\s+");

  private Picks() {}

  /** Each element of a listed response, read as one part. */
  static List<Part> of(List<String> items, ShownList options) {
    return items.stream()
        .limit(MOST_PARTS)
        .filter(item -> !TextNormalizer.normalize(item).isEmpty())
        .map(item -> new Part(item, options.resolve(item)))
        .toList();
  }

  /**
   * The parts of a typed line. Commas, semicolons, line breaks and arrows always separate; without
   * them the line is one element if it names one, else words if each names one (letters, numbers or
   * exact texts) or is too short to be anything but a letter or number, else a run of distinct
   * letters such as {@code cadb}, else one element allowing typos.
   */
  static List<Part> of(String line, ShownList options) {
    List<String> separated = separated(line, options);
    if (separated.size() > 1) {
      return of(separated, options);
    }
    String given = TextNormalizer.normalize(line);
    if (given.isEmpty()) {
      return List.of();
    }
    Optional<Pick> whole = options.resolveExactly(line);
    if (whole.isPresent()) {
      return List.of(new Part(line, whole));
    }
    String[] words = given.split(" ");
    if (words.length > 1) {
      List<Part> parts = new ArrayList<>();
      for (String word : words) {
        Optional<Pick> pick = options.resolveExactly(word);
        if (pick.isPresent() || word.length() <= 2) {
          parts.add(new Part(word, pick));
        }
      }
      if (parts.size() == words.length) {
        return parts.subList(0, Math.min(parts.size(), MOST_PARTS));
      }
    }
    return runOfLetters(given, options)
        .orElseGet(() -> List.of(new Part(line, options.resolve(line))));
  }

  /**
   * The line cut at its separators, except inside an element's own text: a choice that reads {@code
   * Sanctions, then talks} stays one part when typed out in full, since a student who types the
   * texts has no other way to name it.
   */
  private static List<String> separated(String line, ShownList options) {
    List<int[]> pieces = new ArrayList<>();
    Matcher separator = SEPARATORS.matcher(line);
    int start = 0;
    while (separator.find() && pieces.size() < MOST_PARTS) {
      pieces.add(new int[] {start, separator.start()});
      start = separator.end();
    }
    pieces.add(new int[] {start, line.length()});
    int widest = options.mostSeparatorsInAText();
    List<String> parts = new ArrayList<>();
    for (int first = 0; first < pieces.size(); ) {
      int last = Math.min(first + widest, pieces.size() - 1);
      while (last > first
          && options
              .resolveExactly(line.substring(pieces.get(first)[0], pieces.get(last)[1]))
              .isEmpty()) {
        last--;
      }
      parts.add(line.substring(pieces.get(first)[0], pieces.get(last)[1]));
      first = last + 1;
    }
    return parts;
  }

  private static Optional<List<Part>> runOfLetters(String given, ShownList options) {
    if (given.length() < 2
        || given.length() > options.size()
        || given.chars().distinct().count() != given.length()
        || !given.chars().allMatch(options::isLetter)) {
      return Optional.empty();
    }
    return Optional.of(
        given
            .chars()
            .mapToObj(letter -> Character.toString(letter))
            .map(letter -> new Part(letter, options.resolveExactly(letter)))
            .toList());
  }
}
