package retain.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import retain.deck.Deck;
import retain.text.Json;

/** A deck as JSON with the keys of its YAML file, for scripts (docs/deck.schema.json). */
public final class DeckJson {

  private DeckJson() {}

  /** The deck as one JSON object, without a trailing newline. */
  public static String write(Deck deck) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("retain", 1);
    json.put("id", deck.id());
    json.put("title", deck.title());
    deck.description().ifPresent(description -> json.put("description", description));
    deck.source().ifPresent(source -> json.put("source", source));
    if (!deck.topics().isEmpty()) {
      Map<String, Object> topics = new LinkedHashMap<>();
      deck.topics().forEach(topic -> topics.put(topic.id(), topic.description()));
      json.put("topics", topics);
    }
    json.put("cards", deck.cards().stream().map(CardFields::of).toList());
    return Json.write(json);
  }
}
