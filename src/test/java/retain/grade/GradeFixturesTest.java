package retain.grade;

import static retain.grade.SampleCards.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retain.deck.Card;
import retain.deck.Item;
import retain.deck.Tolerance;

/**
 * Replays every grading bug fixture in {@code src/test/resources/grade/answers/} (style rule 13):
 * one numbered file per fixed bug, lines of {@code key: value} naming the card ({@code type},
 * {@code list} as {@code a|b} or {@code left=right|...}, {@code answer}), the {@code response} and
 * the expected {@code correct}, {@code score} and {@code kind}.
 */
class GradeFixturesTest {

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(GradeFixturesTest.class.getResource("/grade/answers").toURI());
    return Files.list(folder).filter(path -> path.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixedBugStaysFixed(Path fixture) throws IOException {
    Map<String, String> fields = read(Files.newInputStream(fixture));
    Verdict verdict =
        Grader.grade(new Item(card(fields), 0), Response.text(fields.get("response")));
    check(
        verdict,
        Boolean.parseBoolean(fields.get("correct")),
        fields.get("score"),
        Verdict.Kind.valueOf(fields.get("kind")));
  }

  private static Card card(Map<String, String> fields) {
    String list = fields.get("list");
    String answer = fields.get("answer");
    return switch (fields.get("type")) {
      case "short" -> SampleCards.shortCard(answer, fields.getOrDefault("accept", ""), true);
      case "choice" -> SampleCards.choice(list, answer);
      case "multi" -> SampleCards.multi(list, answer);
      case "numeric" -> SampleCards.numeric(answer, Tolerance.EXACT, fields.get("unit"));
      case "order" -> SampleCards.order(list);
      case "match" -> SampleCards.match(list);
      default -> throw new IllegalArgumentException("no such fixture type: " + fields.get("type"));
    };
  }

  private static Map<String, String> read(InputStream in) {
    try (in) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int colon = line.indexOf(": ");
        if (!line.startsWith("#") && colon > 0) {
          fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
      }
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
