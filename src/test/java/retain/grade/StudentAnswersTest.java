package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retain.deck.Deck;
import retain.deck.DeckLoader;

/**
 * The acceptance table of issue 12, {@code src/test/resources/grade/student-answers.txt}: what
 * students type for the shipped deck's items, each run through the real grader (its header says how
 * to read it).
 */
class StudentAnswersTest {

  private static final Path SHIPPED = Path.of("decks/belarus-russia-2022.yaml");
  private static final Path TABLE = Path.of("src/test/resources/grade/student-answers.txt");

  /** One row of the table. */
  record Case(int line, String item, String typed, String verdict) {
    @Override
    public String toString() {
      return line + ": " + item + " | " + typed + " | " + verdict;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    return java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
        .mapToObj(
            i -> {
              String[] cells = lines.get(i).split(" \\| ", -1);
              return new Case(i + 1, cells[0].strip(), cells[1], cells[2].strip());
            });
  }

  private static Deck shipped() throws IOException {
    return DeckLoader.load(SHIPPED.toString(), Files.readAllBytes(SHIPPED)).value().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void gradesAsAStudentWouldExpect(Case row) throws IOException {
    Verdict verdict = Grader.grade(shipped().requireItem(row.item()), response(row.typed()));
    switch (row.verdict()) {
      case "good" ->
          assertThat(verdict.kind())
              .as(verdict.feedback())
              .isIn(Verdict.Kind.EXACT, Verdict.Kind.ACCEPTED_ALTERNATIVE);
      case "right" -> assertThat(verdict.correct()).as(verdict.feedback()).isTrue();
      case "wrong" ->
          assertThat(verdict.kind())
              .as(verdict.feedback())
              .isIn(Verdict.Kind.WRONG, Verdict.Kind.PARTIAL);
      case "again" ->
          assertThat(verdict.kind()).as(verdict.feedback()).isEqualTo(Verdict.Kind.UNREADABLE);
      default -> throw new IllegalArgumentException("no such verdict: " + row);
    }
  }

  /** {@code [a, b]} is a list and {@code {left: right, ...}} a mapping, as in answers files. */
  static Response response(String typed) {
    if (typed.startsWith("[") && typed.endsWith("]")) {
      return new Response.Listed(parts(typed));
    }
    if (typed.startsWith("{") && typed.endsWith("}")) {
      Map<String, String> pairs = new LinkedHashMap<>();
      for (String pair : parts(typed)) {
        int colon = pair.indexOf(": ");
        pairs.put(pair.substring(0, colon), pair.substring(colon + 2));
      }
      return new Response.Pairs(pairs);
    }
    return Response.text(typed);
  }

  private static List<String> parts(String typed) {
    return Arrays.stream(typed.substring(1, typed.length() - 1).split(", ")).toList();
  }
}
