package retain.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML document as a tree of plain values that remember where they were written. Decks, answers
 * files and the configuration file are all read from this tree, so only this package sees
 * SnakeYAML, and every later error can name a line and column.
 */
public sealed interface YamlValue {

  /**
   * Where the value starts in its file. The values keep a line and a column rather than a {@code
   * Position}: one object less per value was 36 MB less heap for a 100,000-card deck (issue 8).
   */
  Position at();

  /** What the value is, for messages such as "expected a list, found a mapping". */
  String describe();

  /** A 1-based line and column. */
  record Position(int line, int column) {
    public Position {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("positions are 1-based, got " + line + ":" + column);
      }
    }
  }

  /**
   * A scalar kept as the author wrote it.
   *
   * @param text the raw text; empty for a missing value such as {@code a:}
   * @param resolved what a YAML 1.1 tool would read it as: str, bool, int, float, null or
   *     timestamp; retain reads it as the schema expects, but lint can warn about surprises
   */
  record Scalar(String text, String resolved, int line, int column) implements YamlValue {
    @Override
    public Position at() {
      return new Position(line, column);
    }

    @Override
    public String describe() {
      return resolved.equals("null") ? "nothing" : "the text '" + text + "'";
    }

    /** Whether the author wrote no value at all. */
    public boolean isNull() {
      return resolved.equals("null");
    }
  }

  /** A list. */
  record Sequence(List<YamlValue> items, int line, int column) implements YamlValue {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public Position at() {
      return new Position(line, column);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping, its entries in file order. Keys are unique: the parser rejects duplicates. */
  record Mapping(List<Entry> entries, int line, int column) implements YamlValue {
    public Mapping {
      entries = List.copyOf(entries);
    }

    @Override
    public Position at() {
      return new Position(line, column);
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    /** The value under {@code key}, if present. */
    public Optional<YamlValue> find(String key) {
      return findEntry(key).map(Entry::value);
    }

    /** The entry for {@code key}, if present. */
    public Optional<Entry> findEntry(String key) {
      // a loop, not a stream: lint looks up every key of every card, and a stream's setup was a
      // tenth of linting 10,000 cards in a cold JVM (issue 21)
      for (Entry entry : entries) {
        if (entry.key().text().equals(key)) {
          return Optional.of(entry);
        }
      }
      return Optional.empty();
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, YamlValue value) {}
}
