package retain.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Moodle question-bank category path such as {@code $course$/top/belarus-russia-2022/dates}: the
 * context ({@code $course$}) and {@code top} come first, then the bank (a deck) and its
 * sub-categories; the last sub-category is a card's topic.
 */
final class LmsCategory {

  private static final Pattern CONTEXT = Pattern.compile("\\$\\w+\\$");

  private LmsCategory() {}

  /** Where a deck's card goes: the deck's category, or its topic's below it. */
  static String of(String deckId, Optional<String> topic) {
    return "$course$/top/" + deckId + topic.map(name -> "/" + name).orElse("");
  }

  /** The topic of a card in {@code path}: its last sub-category below the bank, if any. */
  static Optional<String> topic(String path) {
    List<String> names = names(path);
    return names.size() < 2
        ? Optional.empty()
        : Optional.of(Slugs.of(names.get(names.size() - 1), "topic"));
  }

  /** The bank's name in {@code path}, which names an imported deck. */
  static Optional<String> bank(String path) {
    return names(path).stream().findFirst();
  }

  private static List<String> names(String path) {
    List<String> names =
        new ArrayList<>(Arrays.stream(path.split("/")).map(String::strip).toList());
    names.removeIf(String::isEmpty);
    if (!names.isEmpty() && CONTEXT.matcher(names.get(0)).matches()) {
      names.remove(0);
    }
    if (!names.isEmpty() && names.get(0).equals("top")) {
      names.remove(0);
    }
    return names;
  }
}
