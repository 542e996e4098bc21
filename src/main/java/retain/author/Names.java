package retain.author;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a source text: runs of capitalised words (Regional Forces Group, Viktar Khrenin),
 * marked words (S-400, Iskander-M) and rare single names (Minsk). A sentence's capitalised first
 * word that the text also writes in lower case, such as "During", is an ordinary word.
 */
final class Names {

  static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";

  private static final List<String> MONTHS =
      List.of(MONTH.substring(1, MONTH.length() - 1).split("\\|"));

  /** A capitalised word, maybe hyphenated (Iskander-M, S-400), or a number ending a name. */
  private static final Pattern WORD =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*|\\d+");

  private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}+\\b");

  private final Set<String> ordinary;
  private final Rarity rarity;

  private Names(Set<String> ordinary, Rarity rarity) {
    this.ordinary = ordinary;
    this.rarity = rarity;
  }

  static Names of(SourceText source) {
    Set<String> ordinary = new HashSet<>();
    List<Set<String>> terms = new ArrayList<>();
    for (Sentence sentence : source.sentences()) {
      LOWER_WORD.matcher(sentence.text()).results().forEach(word -> ordinary.add(word.group()));
      terms.add(Terms.of(sentence.text()));
    }
    return new Names(ordinary, Rarity.of(terms));
  }

  /** The month's number, 1 to 12. */
  static int month(String name) {
    return MONTHS.indexOf(name) + 1;
  }

  /** A name of two or more words that opens {@code sentence} as its subject. */
  Optional<String> opening(String sentence) {
    List<int[]> runs = runs(sentence);
    if (runs.isEmpty() || runs.get(0)[0] != 0) {
      return Optional.empty();
    }
    int[] run = runs.get(0);
    String name = sentence.substring(run[0], run[1]);
    boolean subject = sentence.substring(run[1]).matches(" \\p{Ll}.*");
    return name.contains(" ") && subject ? Optional.of(name) : Optional.empty();
  }

  /** The spans of the names after a sentence's first word, as {start, end}. */
  List<int[]> inside(String sentence) {
    return runs(sentence).stream()
        .filter(run -> run[0] > 0)
        .filter(run -> isName(sentence.substring(run[0], run[1])))
        .toList();
  }

  private boolean isName(String run) {
    if (run.contains(" ") || run.matches(".*[-\\d].*")) {
      return true;
    }
    return Terms.of(run).stream().allMatch(rarity::isRare) && !Terms.of(run).isEmpty();
  }

  /** Runs of capitalised words joined by single spaces, months and ordinary words left out. */
  private List<int[]> runs(String sentence) {
    List<int[]> runs = new ArrayList<>();
    Matcher word = WORD.matcher(sentence);
    int start = -1;
    int end = -1;
    while (word.find()) {
      String w = word.group();
      boolean joins = start >= 0 && word.start() == end + 1 && sentence.charAt(end) == ' ';
      boolean capital = !Character.isDigit(w.charAt(0));
      boolean opener = word.start() == 0 && ordinary.contains(w.toLowerCase(Locale.ROOT));
      boolean usable = capital ? !MONTHS.contains(w) && !opener : joins;
      boolean wordStart =
          word.start() == 0 || !Character.isLetterOrDigit(sentence.charAt(word.start() - 1));
      if (usable && wordStart && joins) {
        end = word.end();
      } else {
        close(runs, start, end);
        start = usable && wordStart && capital ? word.start() : -1;
        end = word.end();
      }
    }
    close(runs, start, end);
    return runs;
  }

  private static void close(List<int[]> runs, int start, int end) {
    if (start >= 0) {
      runs.add(new int[] {start, end});
    }
  }
}
