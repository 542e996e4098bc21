package retain.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Loaded;
import retain.yaml.Problems;
import retain.yaml.Suggestions;
import retain.yaml.YamlParser;
import retain.yaml.YamlValue;

/**
 * Loads a deck from the bytes of a YAML file: parses, validates every rule of design §2, and
 * returns the deck with all problems found. Never throws for any input.
 */
public final class DeckLoader {

  static final List<String> DECK_KEYS =
      List.of("retain", "id", "was", "title", "description", "source", "topics", "cards");

  /**
   * The largest deck file read, in bytes: a generated 100,000-card deck with an explanation per
   * card is about 35 MB and loads in the 256 MB heap; a 70 MB one ran out of it after a minute
   * (issue 15), so a larger file is refused before it is read.
   */
  public static final long MAX_BYTES = 40L * 1024 * 1024;

  private DeckLoader() {}

  /** The result for a file of {@code size} bytes, over {@link #MAX_BYTES}, left unread. */
  public static Loaded<Deck> tooLarge(String file, long size) {
    Problems problems = new Problems(file);
    problems.error(1, 1, "file-too-large", tooLargeMessage(size));
    return new Loaded<>(Optional.empty(), problems.list());
  }

  /** Why a file of {@code size} bytes is not read: a sentence naming the limit. */
  public static String tooLargeMessage(long size) {
    return String.format(
        "the file is %.1f MB, more than the %d MB a deck may have (100,000 cards with"
            + " explanations take about 35 MB); split it into several decks",
        size / 1048576.0, MAX_BYTES / 1048576);
  }

  /** Loads {@code bytes}; {@code file} names the source in problems. */
  public static Loaded<Deck> load(String file, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return tooLarge(file, bytes.length);
    }
    Problems problems = new Problems(file);
    StreamedCards cards = new StreamedCards(problems);
    Optional<Deck> deck =
        YamlParser.parse(bytes, problems, "cards", cards::add)
            .flatMap(root -> read(root, cards, problems));
    return new Loaded<>(problems.hasErrors() ? Optional.empty() : deck, problems.list());
  }

  /**
   * Checks a deck held as the tree a YAML parser reads from a file of {@code size} bytes, exactly
   * as {@link #load} checks that file: an import that wrote the file and its tree together need not
   * parse its own output again (issue 21).
   */
  public static Loaded<Deck> check(String file, long size, YamlValue root) {
    if (size > MAX_BYTES) {
      return tooLarge(file, size);
    }
    Problems problems = new Problems(file);
    Optional<Deck> deck = read(root, new StreamedCards(problems), problems);
    return new Loaded<>(problems.hasErrors() ? Optional.empty() : deck, problems.list());
  }

  private static Optional<Deck> read(YamlValue root, StreamedCards streamed, Problems problems) {
    if (!(root instanceof YamlValue.Mapping mapping)) {
      problems.error(
          root,
          "not-a-deck",
          "a deck file should be a mapping with id, title and cards, found " + root.describe());
      return Optional.empty();
    }
    mapping.entries().stream()
        .filter(entry -> !entry.key().text().equals("cards")) // each card is checked as it streams
        .forEach(entry -> ControlCharacters.check(entry.value(), problems));
    Fields fields = new Fields(mapping, problems, "the deck");
    fields.allowOnly(DECK_KEYS);
    version(fields, problems);
    Optional<String> id = deckId(fields, problems);
    List<YamlValue.Scalar> formerDeckIds = WasKey.read(fields, problems);
    Optional<String> title =
        fields.requireText("title", "what the deck is about").map(YamlValue.Scalar::text);
    SourceKey source = SourceKey.read(fields, problems);
    List<Topic> topics = topics(fields, problems);
    List<StreamedCards.Written> written = cards(fields, streamed, topics, problems);
    DeckWarnings.check(written, problems);
    FormerIds former = WasKey.collect(id.orElse(""), formerDeckIds, written, problems);
    List<Card> cards = written.stream().map(StreamedCards.Written::card).toList();
    if (id.isEmpty() || title.isEmpty() || problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Deck(
            id.get(),
            title.get(),
            fields.string("description"),
            source.title(),
            source.path(),
            topics,
            cards,
            former));
  }

  private static void version(Fields fields, Problems problems) {
    fields
        .text("retain")
        .filter(version -> !version.text().equals("1"))
        .ifPresent(
            version ->
                problems.error(
                    version,
                    "bad-version",
                    "this retain reads deck format 1, found 'retain: " + version.text() + "'"));
  }

  private static Optional<String> deckId(Fields fields, Problems problems) {
    Optional<YamlValue.Scalar> id = fields.requireText("id", "a unique id such as my-deck");
    if (id.isPresent() && !Ids.isValid(id.get().text())) {
      problems.error(
          id.get(),
          "bad-id",
          "deck id must be lowercase letters, digits and hyphens ([a-z0-9-]+), found '"
              + id.get().text()
              + "'");
      return Optional.empty();
    }
    return id.map(YamlValue.Scalar::text);
  }

  private static List<Topic> topics(Fields fields, Problems problems) {
    List<Topic> topics = new ArrayList<>();
    for (YamlValue.Entry entry :
        fields.mapping("topics").map(YamlValue.Mapping::entries).orElse(List.of())) {
      if (entry.value() instanceof YamlValue.Scalar description) {
        topics.add(new Topic(entry.key().text(), description.text()));
      } else {
        problems.error(
            entry.value(),
            "wrong-type",
            "topic '" + entry.key().text() + "' should have a one-line description");
      }
    }
    return topics;
  }

  /** The deck's cards without duplicate ids, with their positions; the list was streamed. */
  private static List<StreamedCards.Written> cards(
      Fields fields, StreamedCards streamed, List<Topic> topics, Problems problems) {
    Optional<YamlValue> value = fields.mapping().find("cards");
    if (value.isEmpty()) {
      problems.error(fields.mapping(), "missing-key", "the deck is missing 'cards' (a list)");
      return List.of();
    }
    if (!(value.get() instanceof YamlValue.Sequence sequence)) {
      problems.error(
          value.get(), "wrong-type", "'cards' should be a list, found " + value.get().describe());
      return List.of();
    }
    // a list the parser kept (one reached through an alias) is read here instead
    sequence.items().forEach(streamed::add);
    if (streamed.count() == 0) {
      problems.error(value.get(), "no-cards", "'cards' is empty; a deck needs at least one card");
      return List.of();
    }
    streamed.written().forEach(card -> checkTopic(card.card(), card.topic(), topics, problems));
    return streamed.written().stream().filter(StreamedCards.Written::first).toList();
  }

  private static void checkTopic(
      Card card, YamlValue.Position where, List<Topic> topics, Problems problems) {
    if (topics.isEmpty() || card.meta().topic().isEmpty()) {
      return;
    }
    String topic = card.meta().topic().get();
    List<String> declared = topics.stream().map(Topic::id).toList();
    if (!declared.contains(topic)) {
      problems.error(
          where.line(),
          where.column(),
          "unknown-topic",
          "topic '"
              + topic
              + "' is not declared under 'topics'"
              + Suggestions.nearest(topic, declared)
                  .map(near -> "; did you mean '" + near + "'?")
                  .orElse("; declared: " + String.join(", ", declared)));
    }
  }

  static YamlValue.Position idPosition(YamlValue card) {
    return ((YamlValue.Mapping) card).find("id").map(YamlValue::at).orElse(card.at());
  }
}
