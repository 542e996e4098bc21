package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.cli.CliRunner;

class DuePromptTest {

  private static final String AN_HOUR_LATER = "2022-12-19T11:00:00Z";

  /** Only the first card of the bundled deck, under its id: it hides the bundled copy. */
  private static final String SHORTER_COPY =
      """
      retain: 1
      id: belarus-russia-2022
      title: The first card only
      cards:
        - id: minsk-visit
          type: date
          q: On what date did Putin visit Minsk?
          a: 2022-12-19
      """;

  @TempDir Path data;

  private DuePrompt prompt(String... words) {
    List<String> all = new ArrayList<>(List.of("--data", data.toString()));
    all.addAll(Arrays.asList(words));
    return new DuePrompt(new Globals(new CliRunner(data).environment(""), all));
  }

  private void studyTheFirstTwoCards() {
    new CliRunner(data)
        .runWithInput(
            "19 December 2022\n3.12.2022\n", "study", "belarus-russia-2022", "--limit", "2");
  }

  @Test
  void showsNoCountAndCreatesNothingWithoutAStore() {
    Path missing = data.resolve("nothing-here");

    assertThat(
            new DuePrompt(
                    new Globals(
                        new CliRunner(data).environment(""), List.of("--data", missing.toString())))
                .text())
        .isEqualTo("retain › ");
    assertThat(missing).doesNotExist();
  }

  @Test
  void countsWhatIsDueTodayAtTheGivenNow() {
    studyTheFirstTwoCards();

    // both wrong-or-new cards come back within minutes: due today, as decks and stats say
    assertThat(prompt("--now", AN_HOUR_LATER).text()).isEqualTo("retain (2 due) › ");
    assertThat(prompt("--now", "2022-12-01T10:00:00Z").text()).isEqualTo("retain › ");
  }

  @Test
  void agreesWithDecksStatsAndStudyLeavingOutStaleIdsAndHiddenDecks() throws Exception {
    studyTheFirstTwoCards();
    Path folder = Files.createDirectories(data.resolve("mine"));
    Files.writeString(folder.resolve("belarus-russia-2022.yaml"), SHORTER_COPY);
    String[] at = {"--decks", folder.toString(), "--now", AN_HOUR_LATER};
    var runner = new CliRunner(data);

    String decks = runner.run(concat(at, "decks")).out();
    String stats = runner.run(concat(at, "stats")).out();
    // no answers piped: the session shows how many it would ask, then ends without a review
    String study = runner.run(concat(at, "study", "belarus-russia-2022", "--new", "0")).out();

    // protocol-date is stored but no longer in the deck lookups take; the bundled copy is hidden
    assertThat(prompt(at).text()).isEqualTo("retain (1 due) › ");
    assertThat(dueColumnOfListedDecks(decks)).isEqualTo(1);
    Matcher today = Pattern.compile("(\\d+) today").matcher(stats);
    assertThat(today.find()).as(stats).isTrue();
    assertThat(today.group(1)).isEqualTo("1");
    assertThat(study).contains("[1/1]");
  }

  @Test
  void namesTheExamOfConfigYamlWhileItIsAhead() throws Exception {
    studyTheFirstTwoCards();
    Path config = Files.createDirectories(data.resolve("config").resolve("retain"));
    Files.writeString(config.resolve("config.yaml"), "exam: 2022-12-28\n");

    assertThat(prompt("--now", AN_HOUR_LATER).text())
        .isEqualTo("retain (2 due, exam in 9 days) › ");
    assertThat(prompt("--now", "2022-12-27T12:00:00Z").text())
        .isEqualTo("retain (2 due, exam tomorrow) › ");
    assertThat(prompt("--now", "2022-12-28T12:00:00Z").text()).isEqualTo("retain (2 due) › ");
  }

  @Test
  void showsNoCountForAFileThatIsNotRetains() throws Exception {
    Files.writeString(data.resolve("retain.db"), "not a database at all");

    assertThat(prompt().text()).isEqualTo("retain › ");
  }

  private static String[] concat(String[] words, String... more) {
    String[] all = Arrays.copyOf(words, words.length + more.length);
    System.arraycopy(more, 0, all, words.length, more.length);
    return all;
  }

  /** The DUE column summed over the rows of decks lookups take, not those hidden by another. */
  private static int dueColumnOfListedDecks(String table) {
    return table
        .lines()
        .skip(1)
        .filter(row -> !row.contains("hidden by"))
        .map(row -> row.trim().split("\\s{2,}"))
        .filter(cells -> cells.length >= 5)
        .mapToInt(cells -> Integer.parseInt(cells[4]))
        .sum();
  }
}
