package retain.cli;

import java.util.List;
import retain.deck.Deck;
import retain.deck.Topic;

/** Checks --topic values against a deck, so a typo is an error rather than an empty session. */
final class Topics {

  private Topics() {}

  static void check(Deck deck, List<String> topics) {
    List<String> known = deck.topics().stream().map(Topic::id).toList();
    for (String topic : topics) {
      if (!known.contains(topic)) {
        throw new BadInputException(
            "deck '"
                + deck.id()
                + "' has no topic '"
                + topic
                + "'; its topics: "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
    }
  }
}
