package retain.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/**
 * Reads the cards of a deck one at a time while the parser is still in the file, keeping each card
 * and the few positions later checks need, never the card's YAML tree: a 100,000-card deck's tree
 * and its cards no longer fill a 256 MB heap together (issue 8).
 */
final class StreamedCards {

  /** A card as read, with its former ids and where its id, topic and choices were written. */
  record Written(
      Card card,
      List<YamlValue.Scalar> was,
      YamlValue.Position id,
      YamlValue.Position topic,
      YamlValue.Position choices,
      boolean first) {}

  private final Problems problems;
  private final CardReader reader;
  private final Map<String, YamlValue.Position> ids = new HashMap<>();
  private final List<Written> written = new ArrayList<>();
  private int count;

  StreamedCards(Problems problems) {
    this.problems = problems;
    this.reader = new CardReader(problems);
  }

  /** Reads the next item of the deck's {@code cards} list. */
  void add(YamlValue node) {
    count++;
    ControlCharacters.check(node, problems);
    Optional<Card> card = reader.read(node, count);
    if (card.isEmpty()) {
      return;
    }
    YamlValue.Position id = DeckLoader.idPosition(node);
    YamlValue.Mapping mapping = (YamlValue.Mapping) node;
    written.add(
        new Written(
            card.get(),
            WasKey.read(new Fields(mapping, problems, "card '" + card.get().id() + "'"), problems),
            id,
            mapping.find("topic").orElse(node).at(),
            mapping.find("choices").orElse(node).at(),
            unique(card.get(), id)));
  }

  /** How many items the list had, cards or not. */
  int count() {
    return count;
  }

  /** Every card read without errors, duplicates included, in file order. */
  List<Written> written() {
    return written;
  }

  private boolean unique(Card card, YamlValue.Position here) {
    YamlValue.Position first = ids.putIfAbsent(card.id(), here);
    if (first != null) {
      problems.error(
          here.line(),
          here.column(),
          "duplicate-id",
          "duplicate card id '" + card.id() + "' (first at line " + first.line() + ")");
    }
    return first == null;
  }
}
