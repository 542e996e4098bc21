package retain.exchange;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import retain.deck.Ids;
import retain.yaml.Problem;

/**
 * Turns an Anki text export or a CSV file into the text of a YAML deck, with card ids made from the
 * questions: the slug of the question, plus a short hash of the content when two questions give the
 * same slug. The result is meant to be linted (DeckLoader.check) before it is written anywhere.
 */
public final class DeckImport {

  private DeckImport() {}

  /**
   * A deck from an Anki plain-text export.
   *
   * @param fileName names the deck when the file does not and {@code id} is empty
   */
  public static DeckFile fromAnki(String text, String fileName, Optional<String> id) {
    return yaml(AnkiImport.read(text), fileName, id);
  }

  /** A deck from CSV; see {@link #fromAnki} for the names. */
  public static DeckFile fromCsv(String text, String fileName, Optional<String> id) {
    return yaml(CsvImport.read(text), fileName, id);
  }

  /** Rows of a CSV file that cannot become cards, located by row; see {@link #fromCsv}. */
  public static List<Problem> csvProblems(String text, String fileName) {
    return CsvImport.problems(text, fileName);
  }

  static DeckFile yaml(Draft draft, String fileName, Optional<String> id) {
    String base = fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
    String title = draft.name().orElse(base);
    Map<String, Object> deck = new LinkedHashMap<>();
    deck.put("retain", 1);
    deck.put("id", id.or(draft::id).orElseGet(() -> Slugs.of(title, "imported")));
    deck.put("title", title);
    Set<String> ids = new HashSet<>();
    List<Map<String, Object>> cards =
        draft.cards().stream().map(card -> withId(card, ids)).toList();
    return YamlWriter.write(deck, cards);
  }

  private static Map<String, Object> withId(Map<String, Object> card, Set<String> taken) {
    Object kept = card.get("id");
    if (kept instanceof String id && Ids.isValid(id) && taken.add(id)) {
      return card; // exported by retain: the id, and with it the progress, survives the trip
    }
    String question = String.valueOf(card.getOrDefault("q", card.getOrDefault("text", "")));
    String id =
        card.containsKey("id")
            ? String.valueOf(card.get("id"))
            : Slugs.of(question.replaceAll("\\{\\{([^{}|]*)[^{}]*\\}\\}", "$1"), "card");
    if (!taken.add(id)) {
      String hashed = id + "-" + Slugs.hash(card.toString());
      id = hashed;
      for (int n = 2; !taken.add(id); n++) {
        id = hashed + "-" + n;
      }
    }
    Map<String, Object> withId = new LinkedHashMap<>();
    withId.put("id", id);
    card.forEach(withId::putIfAbsent);
    return withId;
  }
}
