package retain.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/deck.schema.json, which editors use for completion, agrees with the loader. */
class DeckSchemaTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema() throws IOException {
    return new Yaml().load(Files.readString(Path.of("docs/deck.schema.json")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> node, String... path) {
    Map<String, Object> current = node;
    for (String key : path) {
      current = (Map<String, Object>) current.get(key);
    }
    return current;
  }

  @Test
  void deckKeysAreTheLoadersKeys() throws IOException {
    assertThat(at(schema(), "properties").keySet())
        .containsExactlyInAnyOrderElementsOf(DeckLoader.DECK_KEYS);
  }

  @Test
  void cardKeysAreTheLoadersKeys() throws IOException {
    assertThat(at(schema(), "$defs", "card", "properties").keySet())
        .containsExactlyInAnyOrderElementsOf(CardSchema.allKeys());
  }

  @Test
  @SuppressWarnings("unchecked")
  void cardTypesAreTheLoadersTypes() throws IOException {
    assertThat((List<Object>) at(schema(), "$defs", "card", "properties", "type").get("enum"))
        .containsExactlyElementsOf(CardType.keys());
  }

  @Test
  void shippedDeckPointsEditorsAtTheSchema() throws IOException {
    assertThat(Files.readString(Path.of("decks/belarus-russia-2022.yaml")))
        .startsWith("# yaml-language-server: $schema=../docs/deck.schema.json\n");
  }
}
