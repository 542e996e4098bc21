package retain.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retain.deck.PartialDate;

/**
 * One Anki note turned into a card's deck-file fields. The {@code retain::TYPE} and {@code
 * topic::NAME} tags that {@link AnkiExport} writes bring back the card type and topic; a note
 * without them, or one that does not follow the layout of its type, becomes a short card.
 */
final class AnkiNote {

  private static final Pattern CLOZE = Pattern.compile("\\{\\{c\\d+::(.*?)(?:::[^{}]*?)?\\}\\}");
  private static final Pattern NUMBER =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?: (.+?))?(?: \\(± (\\d+(?:\\.\\d+)?%?)\\))?");

  private AnkiNote() {}

  /** Whether a note's first field holds Anki cloze deletions. */
  static boolean hasCloze(String text) {
    return CLOZE.matcher(text).find();
  }

  /**
   * The fields of a card from a note's first two fields and its tags.
   *
   * @param cloze whether the note is of a Cloze note type
   */
  static Map<String, Object> fields(String front, String back, List<String> tags, boolean cloze) {
    Map<String, Object> fields = new LinkedHashMap<>();
    String type = "short";
    List<String> plainTags = new ArrayList<>();
    for (String tag : tags) {
      if (tag.startsWith(AnkiExport.TYPE_TAG)) {
        type = tag.substring(AnkiExport.TYPE_TAG.length());
      } else if (tag.startsWith(AnkiExport.ID_TAG)) {
        fields.put("id", tag.substring(AnkiExport.ID_TAG.length()));
      } else if (tag.startsWith(AnkiExport.TOPIC_TAG)) {
        fields.put("topic", tag.substring(AnkiExport.TOPIC_TAG.length()));
      } else {
        plainTags.add(tag);
      }
    }
    if (!plainTags.isEmpty()) {
      fields.put("tags", plainTags);
    }
    if (cloze || hasCloze(front)) {
      fields.put("type", "cloze");
      fields.put(
          "text",
          CLOZE
              .matcher(front)
              .replaceAll(match -> "{{" + Matcher.quoteReplacement(match.group(1)) + "}}"));
      if (!back.isBlank()) {
        fields.put("explain", back.strip());
      }
      return ordered(fields);
    }
    int blank = back.indexOf("\n\n");
    String answer = (blank < 0 ? back : back.substring(0, blank)).strip();
    Optional<Map<String, Object>> typed = typed(type, front, answer);
    fields.put("type", typed.isPresent() ? type : "short");
    fields.putAll(typed.orElseGet(() -> shortCard(front, answer)));
    if (blank >= 0 && !back.substring(blank).isBlank()) {
      fields.put("explain", back.substring(blank).strip());
    }
    return ordered(fields);
  }

  private static Optional<Map<String, Object>> typed(String type, String front, String answer) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("q", front);
    switch (type) {
      case "truefalse" -> {
        if (!answer.equals("true") && !answer.equals("false")) {
          return Optional.empty();
        }
        fields.put("a", Boolean.valueOf(answer));
      }
      case "numeric" -> {
        Matcher number = NUMBER.matcher(answer);
        if (!number.matches()) {
          return Optional.empty();
        }
        fields.put("a", new BigDecimal(number.group(1)));
        Optional.ofNullable(number.group(3))
            .ifPresent(t -> fields.put("tolerance", t.endsWith("%") ? t : new BigDecimal(t)));
        Optional.ofNullable(number.group(2)).ifPresent(unit -> fields.put("unit", unit));
      }
      case "date" -> {
        if (PartialDate.parseIso(answer).isEmpty()) {
          return Optional.empty();
        }
        fields.put("a", answer);
      }
      default -> {
        return AnkiLayout.read(type, front, answer);
      }
    }
    return Optional.of(fields);
  }

  private static Map<String, Object> shortCard(String front, String answer) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("q", front);
    fields.put("a", answer.replaceAll("\\s*\\n\\s*", " "));
    return fields;
  }

  /** The keys in the order a deck file writes them: type, topic and tags before the question. */
  private static Map<String, Object> ordered(Map<String, Object> fields) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : List.of("id", "type", "topic", "tags")) {
      if (fields.containsKey(key)) {
        ordered.put(key, fields.get(key));
      }
    }
    ordered.putAll(fields);
    return ordered;
  }
}
