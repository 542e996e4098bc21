package retain.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import retain.deck.Deck;
import retain.deck.DeckLoader;

class LinearReaderTest {

  private static final String DECK =
      "retain: 1\nid: t\ntitle: T\ncards:\n  - id: a\n    q: Which?\n    a: A\n";

  /**
   * SnakeYAML's reader copied its whole lookahead again for every kilobyte read, so a 4 MB word
   * allocated about 30 GB and a 10 MB line took 30 s (issue 15). Counted in bytes allocated, not
   * seconds, so the test does not depend on the machine's load.
   */
  @Test
  void aFourMegabyteWordAllocatesInProportionToItsLength() {
    String word = "x".repeat(4 * 1024 * 1024);
    byte[] deck = DECK.replace("Which?", word).getBytes(StandardCharsets.UTF_8);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    long before = threads.getCurrentThreadAllocatedBytes();
    Loaded<Deck> result = DeckLoader.load("t.yaml", deck);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(result.value()).isPresent();
    assertThat(allocated).isLessThan(100L * deck.length);
  }

  @Test
  void readsTheSameEventsAtTheSamePlacesAsSnakeYaml() {
    String yaml =
        "# comment\nretain: 1\nid: t\ntitle: \"Quoted \\u00e9\"\ncards:\n"
            + "  - {id: a, q: 'Which 🦉?', a: [x, y]}\n  - id: b\n    q: |\n      long line "
            + "word ".repeat(5000)
            + "\n    a: >-\n      folded\r\n      text\n";

    assertThat(events(new LinearReader(new StringReader(yaml))))
        .isEqualTo(events(new StreamReader(new StringReader(yaml))));
  }

  @Test
  void aControlCharacterIsReportedWhereItStands() {
    String yaml = DECK.replace("a: A", "a: A\n    explain: bell \u0007 here");

    Loaded<Deck> result = DeckLoader.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "t.yaml:8:19: error: the control character U+0007 is not allowed in a deck;"
                + " delete it or write it as text");
  }

  private static List<String> events(StreamReader reader) {
    Parser parser = new ParserImpl(reader, new LoaderOptions());
    List<String> events = new ArrayList<>();
    while (!parser.checkEvent(Event.ID.StreamEnd)) {
      Event event = parser.getEvent();
      events.add(
          event
              + " "
              + event.getStartMark().getLine()
              + ":"
              + event.getStartMark().getColumn()
              + "-"
              + event.getEndMark().getLine()
              + ":"
              + event.getEndMark().getColumn());
    }
    return events;
  }
}
