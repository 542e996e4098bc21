package retain.yaml;

import java.io.Reader;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * One top-level key read without parsing the rest of the file: the parser stops at the key, so a
 * key written before a long list is found without reading the list (issue 15).
 */
public final class YamlHeader {

  private YamlHeader() {}

  /** The text under the top-level {@code key}, if the file is a YAML mapping that has one. */
  public static Optional<String> text(byte[] bytes, String key) {
    Optional<Reader> text = YamlText.decode(bytes, new Problems(""));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Parser events = YamlParser.parser(text.get());
    try {
      events.getEvent(); // stream start
      if (!events.checkEvent(Event.ID.DocumentStart)) {
        return Optional.empty();
      }
      events.getEvent();
      if (!events.getEvent().is(Event.ID.MappingStart)) {
        return Optional.empty();
      }
      while (!events.checkEvent(Event.ID.MappingEnd)) {
        Event name = events.getEvent();
        if (name instanceof ScalarEvent scalar
            && scalar.getValue().equals(key)
            && events.peekEvent() instanceof ScalarEvent value) {
          return Optional.of(value.getValue());
        }
        skip(name, events);
        skip(events.getEvent(), events);
      }
      return Optional.empty();
    } catch (YAMLException | Refusal unreadable) {
      return Optional.empty();
    }
  }

  /** Consumes the rest of the node that begins with {@code first}. */
  private static void skip(Event first, Parser events) {
    int depth = first.is(Event.ID.MappingStart) || first.is(Event.ID.SequenceStart) ? 1 : 0;
    while (depth > 0) {
      Event next = events.getEvent();
      if (next.is(Event.ID.MappingStart) || next.is(Event.ID.SequenceStart)) {
        depth++;
      } else if (next.is(Event.ID.MappingEnd) || next.is(Event.ID.SequenceEnd)) {
        depth--;
      }
    }
  }
}
