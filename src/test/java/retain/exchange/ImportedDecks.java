package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.yaml.Loaded;
import retain.yaml.Problems;
import retain.yaml.YamlParser;

/** Lints imported decks both ways: as {@code retain import} does, and as {@code retain lint}. */
final class ImportedDecks {

  private ImportedDecks() {}

  /**
   * The lint of {@code deck}'s text, after checking that the tree the import lints is the one a
   * parser reads from that text, and so gets the same problems at the same places.
   */
  static Loaded<Deck> lint(DeckFile deck) {
    byte[] bytes = deck.yaml().getBytes(StandardCharsets.UTF_8);
    assertThat(deck.tree())
        .isEqualTo(YamlParser.parse(bytes, new Problems("imported.yaml")).orElseThrow());
    Loaded<Deck> text = DeckLoader.load("imported.yaml", bytes);
    assertThat(DeckLoader.check("imported.yaml", bytes.length, deck.tree()).problems())
        .isEqualTo(text.problems());
    return text;
  }
}
