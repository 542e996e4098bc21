package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question of every type of the shipped deck, its feedback and its rating line, in the real REPL
 * in a terminal 60, 80 and 120 columns wide (issue 14): no line is wider than the terminal, a match
 * card's columns stay columns, and each rating choice stays whole on its line.
 */
class ScreenWidthIT {

  private static final List<String> TYPES =
      List.of(
          "short", "choice", "multi", "truefalse", "numeric", "date", "cloze", "order", "match");

  /** One rating choice, whole: {@code 4 easy: in 6 days (Sat 12 Dec 2026)}. */
  private static final Pattern CHOICE =
      Pattern.compile(
          "[1-4] (again|hard|good|easy): (now|in \\d+ (minutes?|h \\d+ min|days? \\(\\w{3} \\d{1,2}"
              + " \\w{3} \\d{4}\\)))");

  /** A match card's row: number and left item, then the letter of the right one. */
  private static final Pattern MATCH_ROW = Pattern.compile("^  \\d+\\) .*?   ([a-j])\\) ");

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Assumptions.assumeTrue(Tmux.available(), "tmux is not installed: screen widths are untested");
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {60, 80, 120})
  void everyQuestionTypeFitsTheTerminal(int columns) throws Exception {
    String screen;
    try (Tmux tmux = Tmux.start(launch(), columns)) {
      tmux.await(text -> text.endsWith("›"));
      for (int asked = 1; asked <= TYPES.size(); asked++) {
        int done = asked;
        tmux.type("quiz belarus-russia-2022 --count 1 --types " + TYPES.get(asked - 1));
        tmux.send("Enter");
        tmux.await(text -> count(text, "[1/1]") == done && text.endsWith("›"));
        tmux.type("a");
        tmux.send("Enter");
        // "a" is no number or date: those are asked once more, and a second miss counts as wrong
        if (!tmux.await(text -> text.endsWith("rate ›") || text.endsWith("again\n›"))
            .endsWith("rate ›")) {
          tmux.type("a");
          tmux.send("Enter");
          tmux.await(text -> text.endsWith("rate ›"));
        }
        tmux.send("Enter");
        // the next command waits for the prompt, which reads the decks to count what is due
        tmux.await(text -> count(text, "due by the end of tomorrow") == done && text.endsWith("›"));
      }
      tmux.await(text -> text.endsWith("›"));
      screen = tmux.joinedScreen();
    }

    // the commands typed at the prompt are the terminal's to wrap; everything retain prints is not
    List<String> lines =
        screen
            .lines()
            .map(String::stripTrailing)
            .filter(line -> !line.contains("quiz belarus-russia-2022"))
            .toList();
    assertThat(lines)
        .as("lines %d columns or wider", columns)
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(columns));
    assertMatchColumnsLineUp(lines);
    assertRatingChoicesStayWhole(lines);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static void assertMatchColumnsLineUp(List<String> lines) {
    List<Integer> letterColumns = new ArrayList<>();
    int matchRows = 0;
    for (String line : lines) {
      if (line.matches("^  \\d+\\) .*")) {
        matchRows++;
        Matcher row = MATCH_ROW.matcher(line);
        if (row.find()) {
          letterColumns.add(row.start(1));
        }
      }
    }
    assertThat(matchRows).as("the match card's rows").isGreaterThanOrEqualTo(2);
    // side by side, every right item starts in one column; stacked, each sits under its left item
    if (!letterColumns.isEmpty()) {
      assertThat(letterColumns).hasSize(matchRows).containsOnly(letterColumns.get(0));
    } else {
      assertThat(lines.stream().filter(line -> line.matches("^ {6}[a-j]\\) .*")))
          .hasSize(matchRows);
    }
  }

  private static void assertRatingChoicesStayWhole(List<String> lines) {
    long blocks = lines.stream().filter(line -> line.startsWith("Enter: ")).count();
    List<String> phrases = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("Enter: ") || line.matches("^[1-4] (again|hard|good|easy): .*")) {
        List.of(line.replaceFirst("^Enter: \\w+( · )?", "").split(" · ")).stream()
            .filter(phrase -> !phrase.isEmpty())
            .forEach(phrases::add);
      }
    }
    assertThat(blocks).isEqualTo(TYPES.size());
    assertThat(phrases)
        .hasSize(4 * TYPES.size())
        .allMatch(phrase -> CHOICE.matcher(phrase).matches());
  }

  private String launch() {
    return ReplIT.launch(
            temp, "", "--data '" + temp.resolve("data") + "' --now 2026-12-06T10:00:00Z --seed 3")
        + "; sleep 60";
  }
}
