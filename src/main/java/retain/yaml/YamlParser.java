package retain.yaml;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads bytes into a {@link YamlValue} tree straight from SnakeYAML's parser events. No SnakeYAML
 * node is composed and no object is ever constructed from a tag: every scalar stays the text its
 * author wrote, and a 100,000-card deck fits in a small heap because only our compact tree is
 * built.
 */
public final class YamlParser {

  /**
   * The largest file accepted, in code points: a generated 100,000-card deck with an explanation
   * per card is about 35 MB (bench/generate.sh), so 64 Mi leaves room while refusing files no one
   * writes by hand.
   */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /** Decks nest five levels deep; anything near this is an attack or an accident. */
  static final int MAX_NESTING = 64;

  /** A deck never needs to repeat a list or mapping; a few aliases are tolerated, not bombs. */
  static final int MAX_COLLECTION_ALIASES = 10;

  private static final Set<String> PLAIN_TAGS =
      Set.of("str", "int", "float", "bool", "null", "timestamp", "seq", "map");

  private static final Map<String, String> PLAIN_TAG_NAMES =
      PLAIN_TAGS.stream().collect(Collectors.toUnmodifiableMap(name -> name, name -> name));

  private static final Resolver RESOLVER = new Resolver();

  private final Parser events;
  private final Problems problems;
  private final String streamed;
  private final Consumer<YamlValue> onItem;
  private final Consumer<YamlValue.Entry> onEntry; // null when a list is streamed, or nothing
  private final Map<String, YamlValue> anchors = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private int depth;
  private int collectionAliases;

  private YamlParser(
      Parser events,
      Problems problems,
      String streamed,
      Consumer<YamlValue> onItem,
      Consumer<YamlValue.Entry> onEntry) {
    this.events = events;
    this.problems = problems;
    this.streamed = streamed;
    this.onItem = onItem;
    this.onEntry = onEntry;
  }

  /** Parses one YAML document; problems (with the file name) go to {@code problems}. */
  public static Optional<YamlValue> parse(byte[] bytes, Problems problems) {
    return parse(bytes, problems, "", item -> {}, null);
  }

  /**
   * Parses one YAML document, but hands each item of the list under the top-level key {@code
   * streamed} to {@code onItem} as soon as it is parsed instead of keeping it: that list is empty
   * in the tree returned, so the items' trees need not all fit in memory at once.
   */
  public static Optional<YamlValue> parse(
      byte[] bytes, Problems problems, String streamed, Consumer<YamlValue> onItem) {
    return parse(bytes, problems, streamed, onItem, null);
  }

  /**
   * Parses one YAML document, but hands each entry of the mapping under the top-level key {@code
   * streamed} to {@code onEntry} as soon as it is parsed: that mapping is empty in the tree
   * returned, and its keys are not checked for duplicates here (an answers file of a million keys
   * would need them all in memory; issue 13).
   */
  public static Optional<YamlValue> parseEntries(
      byte[] bytes, Problems problems, String streamed, Consumer<YamlValue.Entry> onEntry) {
    return parse(bytes, problems, streamed, item -> {}, onEntry);
  }

  private static Optional<YamlValue> parse(
      byte[] bytes,
      Problems problems,
      String streamed,
      Consumer<YamlValue> onItem,
      Consumer<YamlValue.Entry> onEntry) {
    Optional<Reader> text = YamlText.decode(bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Reader next = text.get();
    int from = 1;
    YamlLines lines = null;
    while (true) {
      try {
        Optional<YamlValue> root =
            new YamlParser(parser(next), problems, streamed, onItem, onEntry).document();
        return from == 1 ? root : Optional.empty();
      } catch (MarkedYAMLException e) {
        lines = lines == null ? new YamlLines(bytes) : lines;
        YamlSyntax.Located error = YamlSyntax.explain(e, lines);
        problems.error(error.line(), error.column(), "yaml-syntax", error.message());
        // a deck goes on at its next card, so one run shows every problem (issue 16)
        OptionalInt resume = lines.cardStartFrom(Math.max(error.line(), from + 1));
        if (streamed.isEmpty() || onEntry != null || resume.isEmpty()) {
          return Optional.empty();
        }
        from = resume.getAsInt();
        next = new StringReader(lines.resumedAt(from, streamed));
      } catch (YAMLException e) {
        problems.error(1, 1, "yaml-limit", YamlMessages.explain(e));
        return Optional.empty();
      } catch (Refusal refusal) {
        problems.error(refusal.at.line(), refusal.at.column(), refusal.code, refusal.getMessage());
        return Optional.empty();
      }
    }
  }

  static Parser parser(Reader text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    return new ParserImpl(new LinearReader(text), options);
  }

  private Optional<YamlValue> document() {
    events.getEvent(); // stream start
    if (events.checkEvent(Event.ID.StreamEnd)) {
      problems.error(1, 1, "empty", "the file is empty; expected a YAML mapping");
      return Optional.empty();
    }
    events.getEvent(); // document start
    YamlValue root = value();
    events.getEvent(); // document end
    if (events.checkEvent(Event.ID.DocumentStart)) {
      throw new Refusal(
          position(events.peekEvent().getStartMark()),
          "yaml-syntax",
          "a deck file holds one YAML document, but a second one starts here");
    }
    return Optional.of(root);
  }

  private YamlValue value() {
    Event event = events.getEvent();
    YamlValue.Position at = position(event.getStartMark());
    if (event instanceof AliasEvent alias) {
      return alias(alias, at);
    }
    checkTag(event, at);
    YamlValue value;
    if (event instanceof ScalarEvent scalar) {
      value = scalar(scalar, at);
    } else {
      if (++depth > MAX_NESTING) {
        throw new Refusal(
            at, "yaml-limit", "the file nests more than " + MAX_NESTING + " levels deep");
      }
      value = event.is(Event.ID.SequenceStart) ? sequence(at) : mapping(at);
      depth--;
    }
    String anchor = ((NodeEvent) event).getAnchor();
    if (anchor != null) {
      anchors.put(anchor, value);
    }
    return value;
  }

  private YamlValue alias(AliasEvent alias, YamlValue.Position at) {
    YamlValue value = anchors.get(alias.getAnchor());
    if (value == null) {
      throw new Refusal(
          at,
          "yaml-alias",
          "the alias *" + alias.getAnchor() + " refers to nothing defined before it");
    }
    if (!(value instanceof YamlValue.Scalar) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw new Refusal(
          at,
          "yaml-limit",
          "too many aliases (more than "
              + MAX_COLLECTION_ALIASES
              + " reuse a list or mapping); write the values out");
    }
    return value; // the tree is immutable, so one value serves every use of its anchor
  }

  private YamlValue.Scalar scalar(ScalarEvent event, YamlValue.Position at) {
    String tag =
        event.getImplicit().canOmitTagInPlainScalar()
            ? tagName(RESOLVER.resolve(NodeId.scalar, event.getValue(), true).getValue())
            : event.getTag() == null || event.getTag().equals("!")
                ? "str"
                : tagName(event.getTag());
    String text = tag.equals("null") ? "" : event.getValue();
    return new YamlValue.Scalar(text, tag, at.line(), at.column());
  }

  private YamlValue.Sequence sequence(YamlValue.Position at) {
    List<YamlValue> items = new ArrayList<>();
    while (!events.checkEvent(Event.ID.SequenceEnd)) {
      items.add(value());
    }
    events.getEvent();
    return new YamlValue.Sequence(items, at.line(), at.column());
  }

  private YamlValue.Mapping mapping(YamlValue.Position at) {
    List<YamlValue.Entry> entries = new ArrayList<>();
    Map<String, YamlValue.Position> seen = new HashMap<>();
    while (!events.checkEvent(Event.ID.MappingEnd)) {
      YamlValue key = value();
      YamlValue value = streams(key, seen) ? streamedCollection() : value();
      if (!(key instanceof YamlValue.Scalar scalarKey)) {
        problems.error(key, "yaml-key", "a key must be plain text, not " + key.describe());
        continue;
      }
      String name = keys.computeIfAbsent(scalarKey.text(), text -> text);
      YamlValue.Position first = seen.putIfAbsent(name, scalarKey.at());
      if (first != null) {
        problems.error(
            scalarKey,
            "duplicate-key",
            "duplicate key '" + name + "' (first at line " + first.line() + ")");
        continue;
      }
      entries.add(
          new YamlValue.Entry(
              new YamlValue.Scalar(
                  name, scalarKey.resolved(), scalarKey.line(), scalarKey.column()),
              value));
    }
    events.getEvent();
    return new YamlValue.Mapping(entries, at.line(), at.column());
  }

  /** Whether the value under {@code key} is the top-level collection whose parts are handed on. */
  private boolean streams(YamlValue key, Map<String, YamlValue.Position> seen) {
    return depth == 1
        && key instanceof YamlValue.Scalar scalar
        && scalar.text().equals(streamed)
        && !seen.containsKey(streamed)
        && events.checkEvent(streamsEntries() ? Event.ID.MappingStart : Event.ID.SequenceStart)
        && ((CollectionStartEvent) events.peekEvent()).getAnchor() == null
        && ((CollectionStartEvent) events.peekEvent()).getTag() == null;
  }

  private boolean streamsEntries() {
    return onEntry != null;
  }

  private YamlValue streamedCollection() {
    YamlValue.Position at = position(events.getEvent().getStartMark());
    Event.ID end = streamsEntries() ? Event.ID.MappingEnd : Event.ID.SequenceEnd;
    depth++;
    while (!events.checkEvent(end)) {
      if (streamsEntries()) {
        YamlValue key = value();
        YamlValue value = value();
        if (!(key instanceof YamlValue.Scalar scalarKey)) {
          problems.error(key, "yaml-key", "a key must be plain text, not " + key.describe());
          continue;
        }
        onEntry.accept(new YamlValue.Entry(scalarKey, value));
      } else {
        onItem.accept(value());
      }
    }
    depth--;
    events.getEvent();
    return streamsEntries()
        ? new YamlValue.Mapping(List.of(), at.line(), at.column())
        : new YamlValue.Sequence(List.of(), at.line(), at.column());
  }

  private void checkTag(Event event, YamlValue.Position at) {
    String tag =
        event instanceof ScalarEvent scalar
            ? scalar.getTag()
            : ((CollectionStartEvent) event).getTag();
    if (tag != null
        && !tag.equals("!")
        && !(tag.startsWith(Tag.PREFIX) && PLAIN_TAGS.contains(tagName(tag)))) {
      throw new Refusal(
          at,
          "yaml-tag",
          "the tag '"
              + tag.replace(Tag.PREFIX, "!!")
              + "' is not allowed; decks hold only plain text, lists and mappings");
    }
  }

  /**
   * The tag without its prefix; one shared string per plain tag, since a new one per scalar was a
   * fifth of the heap of a 100,000-card deck (issue 8).
   */
  private static String tagName(String tag) {
    if (!tag.startsWith(Tag.PREFIX)) {
      return tag;
    }
    String name = tag.substring(Tag.PREFIX.length());
    return PLAIN_TAG_NAMES.getOrDefault(name, name);
  }

  private static YamlValue.Position position(Mark mark) {
    return new YamlValue.Position(line(mark), column(mark));
  }

  private static int line(Mark mark) {
    return mark == null ? 1 : mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark == null ? 1 : mark.getColumn() + 1;
  }
}
