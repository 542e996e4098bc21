package retain.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/** Reads order and match cards: items to arrange, and pairs to match. */
final class ArrangementReader {

  private final Problems problems;

  ArrangementReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Card> order(CardMeta meta, String q, Fields fields) {
    Optional<List<YamlValue.Scalar>> items = fields.textList("items");
    if (items.isEmpty()) {
      problems.error(
          fields.mapping(),
          "missing-key",
          "card '" + meta.id() + "' is missing 'items' (in the right order)");
      return Optional.empty();
    }
    if (items.get().size() < 3 || items.get().size() > 10) {
      problems.error(
          fields.mapping().find("items").orElseThrow(),
          "order-size",
          "an order card needs 3 to 10 items, found " + items.get().size());
      return Optional.empty();
    }
    return Values.distinct(items.get(), "items", problems)
        ? Optional.of(new OrderCard(meta, q, Values.texts(items.get())))
        : Optional.empty();
  }

  Optional<Card> match(CardMeta meta, String q, Fields fields) {
    Optional<YamlValue.Mapping> pairs = fields.mapping("pairs");
    if (pairs.isEmpty()) {
      if (fields.mapping().find("pairs").isEmpty()) {
        problems.error(
            fields.mapping(),
            "missing-key",
            "card '" + meta.id() + "' is missing 'pairs' (a mapping left: right)");
      }
      return Optional.empty();
    }
    if (pairs.get().entries().size() < 2 || pairs.get().entries().size() > 10) {
      problems.error(
          pairs.get(),
          "match-size",
          "a match card needs 2 to 10 pairs, found " + pairs.get().entries().size());
      return Optional.empty();
    }
    List<MatchCard.Pair> list = new ArrayList<>();
    List<YamlValue.Scalar> rights = new ArrayList<>();
    for (YamlValue.Entry entry : pairs.get().entries()) {
      if (fields.blank(entry.key(), "a left side of 'pairs'")) {
        continue;
      }
      if (entry.value() instanceof YamlValue.Scalar right && !right.isNull()) {
        if (!fields.blank(right, "the right side of '" + entry.key().text() + "'")) {
          list.add(new MatchCard.Pair(entry.key().text(), right.text()));
          rights.add(right);
        }
      } else {
        problems.error(
            entry.value(),
            "wrong-type",
            "the right side of '"
                + entry.key().text()
                + "' should be text, found "
                + entry.value().describe());
      }
    }
    boolean valid =
        list.size() == pairs.get().entries().size()
            && Values.distinct(rights, "right sides of pairs", problems);
    return valid ? Optional.of(new MatchCard(meta, q, list)) : Optional.empty();
  }
}
