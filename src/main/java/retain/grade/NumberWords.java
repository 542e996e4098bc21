package retain.grade;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * English number words at the start of a text as digits (issue 12): {@code two}, {@code
 * twenty-eight}, {@code one hundred and five}, {@code sixty per cent}. Scales above a hundred are
 * left to {@link NumberReading} ({@code two million}).
 */
final class NumberWords {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private NumberWords() {}

  /**
   * The text with its leading number words replaced by digits, or the text itself when it does not
   * start with one.
   *
   * @param text lower case
   */
  static String digits(String text) {
    List<String> words = List.of(text.split("[\\s-]+", -1));
    int used = 0;
    Optional<Integer> pending = Optional.empty();
    for (String word : words) {
      Integer unit = UNITS.get(word);
      if (unit != null && pending.map(before -> adds(before, unit)).orElse(true)) {
        pending = Optional.of(pending.orElse(0) + unit);
      } else if (word.equals("hundred") && pending.isPresent() && pending.get() < 100) {
        pending = Optional.of(pending.get() * 100);
      } else if (!word.equals("and") || pending.isEmpty() || pending.get() < 100) {
        break;
      }
      used++;
    }
    if (pending.isEmpty()) {
      return text;
    }
    String rest = String.join(" ", words.subList(used, words.size()));
    return rest.isEmpty() ? String.valueOf(pending.get()) : pending.get() + " " + rest;
  }

  /** Whether a number word continues one before it: hundred and five, twenty-eight. */
  private static boolean adds(int before, int unit) {
    return before >= 100 && before % 100 == 0
        ? unit < 100
        : before >= 20 && before % 10 == 0 && unit < 10;
  }
}
