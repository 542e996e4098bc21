package retain.exam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import retain.deck.Deck;
import retain.deck.Item;
import retain.yaml.Problems;
import retain.yaml.Suggestions;
import retain.yaml.YamlValue;

/**
 * The keys under {@code answers:}: a question number of the paper, an item id, or a former id of
 * one (renames, issue 16). Stays fast on hostile files: ids are looked up in maps built once, and a
 * nearest-id suggestion, which scans the whole deck, is made only for problems that will be shown;
 * those past the cap are only counted.
 */
final class AnswerKeys {

  private final Paper paper;
  private final Deck deck;
  private final Map<String, Item> items =
      new LinkedHashMap<>(); // deck order: ties suggest the first
  private final Set<String> cards = new HashSet<>();
  private final Problems problems;
  private final Map<String, YamlValue> answered = new HashMap<>();
  private final List<String> renamed = new ArrayList<>();
  private Optional<YamlValue> firstRenamed = Optional.empty();

  AnswerKeys(Paper paper, Problems problems) {
    this.paper = paper;
    this.deck = paper.deck();
    this.problems = problems;
    deck.items().forEach(item -> items.put(item.id(), item));
    deck.cards().forEach(card -> cards.add(card.id()));
  }

  /** The answers under known keys; each other key is reported where it stands. */
  List<AnswersFile.Answer> read(List<YamlValue.Entry> entries) {
    List<AnswersFile.Answer> answers = new ArrayList<>();
    for (YamlValue.Entry entry : entries) {
      Optional<String> id = itemId(entry.key());
      if (id.isPresent() && isAnswer(id.get(), entry) && isFirst(id.get(), entry.key())) {
        answers.add(new AnswersFile.Answer(id.get(), entry.key(), entry.value()));
      }
    }
    // said once for the file: an answers file written against an old deck may use many old ids
    firstRenamed.ifPresent(
        at ->
            problems.warning(
                at,
                "former-id",
                "former card ids of deck '"
                    + deck.id()
                    + "' read as their current ids: "
                    + String.join(", ", renamed)));
    return answers;
  }

  private Optional<String> itemId(YamlValue.Scalar key) {
    String written = key.text();
    if (items.containsKey(written)) {
      return Optional.of(written);
    }
    Optional<String> current = deck.renamed(written);
    if (current.isPresent()) {
      firstRenamed = firstRenamed.or(() -> Optional.of(key));
      renamed.add(written + " as " + current.get());
      return current;
    }
    if (written.matches("\\d{1,9}")) {
      int number = Integer.parseInt(written);
      if (number >= 1 && number <= paper.items().size()) {
        return Optional.of(paper.items().get(number - 1).id());
      }
      problems.error(
          key,
          "unknown-question",
          "the paper ("
              + paper.id().describe()
              + ") has questions 1 to "
              + paper.items().size()
              + ", not "
              + written);
      return Optional.empty();
    }
    problems.error(
        key,
        "unknown-card",
        "deck '" + deck.id() + "' has no card '" + written + "'" + hint(written));
    return Optional.empty();
  }

  private String hint(String written) {
    if (cards.contains(written)) {
      return "; it is a cloze card: answer each blank as " + written + ".1, " + written + ".2, ...";
    }
    if (problems.errorCount() >= Problems.CAP) {
      return ""; // not shown, only counted
    }
    return Suggestions.nearest(written, items.keySet())
        .map(near -> "; did you mean '" + near + "'?")
        .orElse("");
  }

  private boolean isFirst(String id, YamlValue.Scalar key) {
    YamlValue before = answered.putIfAbsent(id, key);
    if (before == null) {
      return true;
    }
    problems.error(
        key,
        "answered-twice",
        "'" + key.text() + "' answers a question already answered at line " + before.at().line());
    return false;
  }

  private boolean isAnswer(String id, YamlValue.Entry entry) {
    if (entry.value() instanceof YamlValue.Scalar || isFlat(entry.value())) {
      return true;
    }
    problems.error(
        entry.value(),
        "wrong-type",
        "the answer to '" + id + "' should be text, a list or a mapping of texts");
    return false;
  }

  /** Lists and mappings of plain texts; anything nested deeper is no answer to any card. */
  private static boolean isFlat(YamlValue value) {
    if (value instanceof YamlValue.Sequence sequence) {
      return sequence.items().stream().allMatch(YamlValue.Scalar.class::isInstance);
    }
    return value instanceof YamlValue.Mapping mapping
        && mapping.entries().stream().allMatch(entry -> entry.value() instanceof YamlValue.Scalar);
  }
}
