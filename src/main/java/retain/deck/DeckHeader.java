package retain.deck;

import java.io.Reader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * A deck's id read from its top-level keys only: finding a deck by id reads each candidate up to
 * its {@code id:}, which comes before the cards in every deck written by hand or by retain, so one
 * large or broken deck in a folder does not slow every lookup (issue 15).
 */
public final class DeckHeader {

  private DeckHeader() {}

  /** The text under the top-level key {@code id}, if the file is a YAML mapping that has one. */
  public static Optional<String> id(byte[] bytes) {
    Optional<Reader> text = DeckText.decode(bytes, new Problems(""));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(YamlParser.MAX_CODE_POINTS);
    Parser events = new ParserImpl(new LinearReader(text.get()), options);
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
        Event key = events.getEvent();
        if (key instanceof ScalarEvent name
            && name.getValue().equals("id")
            && events.peekEvent() instanceof ScalarEvent id) {
          return Optional.of(id.getValue());
        }
        skip(key, events);
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
