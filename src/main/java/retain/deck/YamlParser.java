package retain.deck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads bytes into a {@link YamlValue} tree through SnakeYAML's composer, never its constructor: no
 * object is ever instantiated from a tag, and every scalar stays the text its author wrote.
 */
public final class YamlParser {

  /**
   * The largest file accepted, in code points: a generated 100,000-card deck is about 20 MB, so 64
   * Mi leaves room while refusing files no one writes by hand.
   */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /** Decks nest five levels deep; anything near this is an attack or an accident. */
  static final int MAX_NESTING = 64;

  /** A deck never needs to repeat a list or mapping; a few aliases are tolerated, not bombs. */
  static final int MAX_COLLECTION_ALIASES = 10;

  private static final Set<String> PLAIN_TAGS =
      Set.of("str", "int", "float", "bool", "null", "timestamp", "seq", "map");

  private final Problems problems;
  private final Map<Node, YamlValue> converted = new IdentityHashMap<>();
  private final Set<Node> converting = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlParser(Problems problems) {
    this.problems = problems;
  }

  /** Parses one YAML document; problems (with the file name) go to {@code problems}. */
  public static Optional<YamlValue> parse(byte[] bytes, Problems problems) {
    Optional<String> text = DeckText.decode(bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Node root = compose(text.get());
      if (root == null) {
        problems.error(1, 1, "empty", "the file is empty; expected a YAML mapping");
        return Optional.empty();
      }
      return Optional.of(new YamlParser(problems).convert(root));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.error(line(mark), column(mark), "yaml-syntax", YamlMessages.explain(e));
    } catch (YAMLException e) {
      problems.error(1, 1, "yaml-limit", YamlMessages.explain(e));
    } catch (StackOverflowError e) {
      problems.error(1, 1, "yaml-limit", "the file nests too deeply to be a deck");
    }
    return Optional.empty();
  }

  private static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    var parser = new ParserImpl(new StreamReader(text), options);
    return new Composer(parser, new Resolver(), options).getSingleNode();
  }

  private YamlValue convert(Node node) {
    YamlValue done = converted.get(node);
    if (done != null) {
      return done; // an alias: the tree is immutable, so the same value serves every use
    }
    YamlValue.Position at = position(node.getStartMark());
    if (!converting.add(node)) {
      problems.error(at.line(), at.column(), "yaml-alias", "an alias refers to itself");
      return new YamlValue.Scalar("", "null", at);
    }
    checkTag(node, at);
    YamlValue value;
    if (node instanceof ScalarNode scalar) {
      value = scalar(scalar, at);
    } else if (node instanceof SequenceNode sequence) {
      value = sequence(sequence, at);
    } else {
      value = mapping((MappingNode) node, at);
    }
    converting.remove(node);
    converted.put(node, value);
    return value;
  }

  private YamlValue.Scalar scalar(ScalarNode node, YamlValue.Position at) {
    String tag = tagName(node.getTag());
    String text =
        tag.equals("null") && node.getValue().matches("~|null|Null|NULL") ? "" : node.getValue();
    return new YamlValue.Scalar(text, tag, at);
  }

  private YamlValue.Sequence sequence(SequenceNode node, YamlValue.Position at) {
    List<YamlValue> items = new ArrayList<>();
    for (Node item : node.getValue()) {
      items.add(convert(item));
    }
    return new YamlValue.Sequence(items, at);
  }

  private YamlValue.Mapping mapping(MappingNode node, YamlValue.Position at) {
    List<YamlValue.Entry> entries = new ArrayList<>();
    Map<String, YamlValue.Position> seen = new HashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      YamlValue key = convert(tuple.getKeyNode());
      if (!(key instanceof YamlValue.Scalar scalarKey)) {
        problems.error(
            key.at().line(),
            key.at().column(),
            "yaml-key",
            "a key must be plain text, not " + key.describe());
        continue;
      }
      YamlValue.Position first = seen.putIfAbsent(scalarKey.text(), scalarKey.at());
      if (first != null) {
        problems.error(
            scalarKey.at().line(),
            scalarKey.at().column(),
            "duplicate-key",
            "duplicate key '" + scalarKey.text() + "' (first at line " + first.line() + ")");
        continue;
      }
      entries.add(new YamlValue.Entry(scalarKey, convert(tuple.getValueNode())));
    }
    return new YamlValue.Mapping(entries, at);
  }

  private void checkTag(Node node, YamlValue.Position at) {
    Tag tag = node.getTag();
    if (!tag.startsWith(Tag.PREFIX) || !PLAIN_TAGS.contains(tagName(tag))) {
      problems.error(
          at.line(),
          at.column(),
          "yaml-tag",
          "the tag '"
              + tag.getValue()
              + "' is not allowed; decks hold only plain text, lists and mappings");
    }
  }

  private static String tagName(Tag tag) {
    return tag.startsWith(Tag.PREFIX)
        ? tag.getValue().substring(Tag.PREFIX.length())
        : tag.getValue();
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
