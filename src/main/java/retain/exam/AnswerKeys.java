package retain.exam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.deck.Deck;
import retain.deck.Item;
import retain.yaml.Problems;
import retain.yaml.Suggestions;
import retain.yaml.YamlValue;

/**
 * The keys under {@code answers:}: a question number of the paper, an item id, or a former id of
 * one (renames, issue 16). Stays fast on hostile files: a nearest-id suggestion scans the whole
 * deck, so only the first few unknown keys get one, and reading stops once the problems are capped.
 */
final class AnswerKeys {

  /** Unknown keys that get a "did you mean"; the rest are mostly the same mistake again. */
  static final int SUGGESTED = 5;

  private final Paper paper;
  private final Deck deck;
  private final Problems problems;
  private final Map<String, YamlValue> answered = new HashMap<>();
  private final List<String> renamed = new ArrayList<>();
  private Optional<YamlValue> firstRenamed = Optional.empty();
  private int unknown;

  AnswerKeys(Paper paper, Problems problems) {
    this.paper = paper;
    this.deck = paper.deck();
    this.problems = problems;
  }

  /** The answers under known keys; each other key is reported where it stands. */
  List<AnswersFile.Answer> read(List<YamlValue.Entry> entries) {
    List<AnswersFile.Answer> answers = new ArrayList<>();
    for (YamlValue.Entry entry : entries) {
      if (problems.errorCount() >= Problems.CAP) {
        break;
      }
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
    if (deck.findItem(written).isPresent()) {
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
    if (deck.findCard(written).isPresent()) {
      return "; it is a cloze card: answer each blank as " + written + ".1, " + written + ".2, ...";
    }
    if (++unknown > SUGGESTED) {
      return "";
    }
    return Suggestions.nearest(written, deck.items().stream().map(Item::id).toList())
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
