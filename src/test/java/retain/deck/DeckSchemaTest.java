package retain.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** docs/deck.schema.json, which editors use for completion, agrees with the loader. */
class DeckSchemaTest {

  private static final Path BAD = Path.of("src/test/resources/decks/bad");

  /**
   * The bad fixtures lint rejects for a reason a JSON Schema can state: a key, a type, a count or a
   * pattern. The others are YAML syntax and safety, uniqueness, cross-references between values (a
   * choice answer among the choices, a topic among the topics) and calendar dates.
   */
  private static final List<String> SCHEMA_REASONS =
      List.of(
          "003-unknown-deck-key",
          "004-unknown-card-key",
          "005-missing-answer",
          "006-missing-deck-id",
          "007-bad-card-id",
          "010-unknown-type",
          "013-numeric-not-number",
          "016-order-too-short",
          "025-not-a-mapping",
          "026-choice-without-choices",
          "028-newer-format",
          "029-no-cards",
          "030-truefalse-not-boolean");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema validator() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(JSON.readTree(Files.readString(Path.of("docs/deck.schema.json"))));
  }

  /** The deck as a YAML 1.2 reader (the YAML language server) gives it to a schema validator. */
  private static JsonNode yaml12(Path deck) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(deck));
  }

  /**
   * The deck as a YAML 1.1 reader gives it: yes/no are booleans, unquoted dates are dates. JSON has
   * no date, so a date is handed on as its calendar day.
   */
  private static JsonNode yaml11(Path deck) throws IOException {
    Object read = new Yaml().load(Files.readString(deck, StandardCharsets.UTF_8));
    return JSON.valueToTree(datesAsDays(read));
  }

  private static Object datesAsDays(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(key, datesAsDays(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DeckSchemaTest::datesAsDays).toList();
    }
    return value;
  }

  static Stream<Path> goodDecks() {
    return Stream.of(
        Path.of("decks/belarus-russia-2022.yaml"),
        Path.of("src/test/resources/decks/good/every-type.yaml"),
        Path.of("src/test/resources/decks/readings/yaml-readings.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodDecks")
  void everyDeckLintAcceptsValidatesUnderBothYamlReadings(Path deck) throws IOException {
    assertThat(DeckLoader.load(deck.toString(), Files.readAllBytes(deck)).hasErrors()).isFalse();
    assertThat(validator().validate(yaml12(deck))).as("YAML 1.2").isEmpty();
    assertThat(validator().validate(yaml11(deck))).as("YAML 1.1").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaReasons")
  void everyDeckLintRejectsForASchemaReasonFailsTheSchema(String fixture) throws IOException {
    Path deck = BAD.resolve(fixture + ".yaml");
    assertThat(DeckLoader.load(fixture, Files.readAllBytes(deck)).hasErrors()).isTrue();
    Set<ValidationMessage> problems = validator().validate(yaml12(deck));
    assertThat(problems).isNotEmpty();
  }

  static Stream<String> schemaReasons() {
    return SCHEMA_REASONS.stream();
  }

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
