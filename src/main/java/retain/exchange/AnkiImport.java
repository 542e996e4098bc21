package retain.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import retain.text.Csv;

/**
 * Reads an Anki plain-text export: the {@code #key:value} file headers at the top (separator, html,
 * tags, notetype, deck and the notetype, deck, tags and guid columns), then one note per record.
 * The first two remaining columns are the note's first two fields (Front and Back, or Text and Back
 * Extra).
 */
final class AnkiImport {

  private static final Map<String, Character> SEPARATORS =
      Map.of("tab", '\t', "comma", ',', "semicolon", ';', "space", ' ', "pipe", '|', "colon", ':');

  private AnkiImport() {}

  static Draft read(String text) {
    Map<String, String> headers = new HashMap<>();
    int body = 0;
    while (body < text.length() && text.startsWith("#", body)) {
      int end = text.indexOf('\n', body);
      String line = text.substring(body + 1, end < 0 ? text.length() : end).strip();
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1));
      }
      body = end < 0 ? text.length() : end + 1;
    }
    String records = text.substring(body);
    char separator = separator(headers.get("separator"), records);
    boolean html = "true".equalsIgnoreCase(strip(headers.get("html")));
    Map<String, Integer> special = new HashMap<>();
    for (String column : List.of("notetype", "deck", "tags", "guid")) {
      Optional.ofNullable(headers.get(column + " column"))
          .map(String::strip)
          .ifPresent(index -> special.put(column, Integer.parseInt(index) - 1));
    }
    List<String> globalTags = words(headers.getOrDefault("tags", ""));
    Optional<String> deck = Optional.ofNullable(headers.get("deck")).map(String::strip);
    List<Map<String, Object>> cards = new ArrayList<>();
    Optional<String> deckId = Optional.empty();
    for (List<String> record : Csv.parse(records, separator)) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < record.size(); i++) {
        if (!special.containsValue(i)) {
          fields.add(html ? Html.toText(record.get(i)) : record.get(i));
        }
      }
      if (deck.isEmpty() && special.containsKey("deck")) {
        deck = Optional.of(column(record, special.get("deck")));
      }
      String notetype =
          special.containsKey("notetype")
              ? column(record, special.get("notetype"))
              : headers.getOrDefault("notetype", "Basic");
      List<String> tags = new ArrayList<>(globalTags);
      if (special.containsKey("tags")) {
        tags.addAll(words(column(record, special.get("tags"))));
      }
      for (String tag : List.copyOf(tags)) {
        if (tag.startsWith(AnkiExport.DECK_TAG)) {
          tags.remove(tag);
          deckId = deckId.or(() -> Optional.of(tag.substring(AnkiExport.DECK_TAG.length())));
        }
      }
      cards.add(
          AnkiNote.fields(
              fields.isEmpty() ? "" : fields.get(0),
              fields.size() < 2 ? "" : fields.get(1),
              tags,
              notetype.toLowerCase(Locale.ROOT).contains("cloze")));
    }
    return new Draft(deck.filter(name -> !name.isEmpty()), deckId, cards);
  }

  private static char separator(String header, String records) {
    if (header != null) {
      String name = header.strip().toLowerCase(Locale.ROOT);
      return SEPARATORS.getOrDefault(name, header.isEmpty() ? '\t' : header.charAt(0));
    }
    String first = records.lines().findFirst().orElse("");
    return first.contains("\t") ? '\t' : first.contains(";") ? ';' : ',';
  }

  private static String column(List<String> record, int index) {
    return index < record.size() ? record.get(index).strip() : "";
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
