package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LintCommandTest {

  private static final Path BAD = Path.of("src/test/resources/decks/bad");
  private static final Path GOOD = Path.of("src/test/resources/decks/good/every-type.yaml");

  @TempDir Path data;

  static Stream<Path> brokenDecks() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** Each broken deck is reported exactly as its .expected file says; the guard catches a hang. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDecks")
  @Timeout(10)
  void reportsEveryBrokenDeckWithFileLineAndColumn(Path deck) throws IOException {
    var result = new CliRunner(data).run("lint", deck.toString());

    String expected = Files.readString(Path.of(deck.toString().replace(".yaml", ".expected")));
    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out().replace(BAD + "/", "")).startsWith(expected);
    assertThat(result.out()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void cleanDeckPassesWithASummary() {
    var result = new CliRunner(data).run("lint", GOOD.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            GOOD
                + ":86:8: warning: 'no' is read as text; other YAML tools read it as a boolean,"
                + " so quote it\n1 file, 14 items: 0 errors, 1 warning\n");
  }

  @Test
  void aSecondDeckWithTheSameIdIsAnErrorNamingTheFirst() throws IOException {
    Path folder = Files.createDirectories(data.resolve("twins"));
    Files.copy(GOOD, folder.resolve("a.yaml"));
    Files.copy(GOOD, folder.resolve("b.yaml"));

    var result = new CliRunner(data).run("lint", folder.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out())
        .contains(
            folder.resolve("b.yaml")
                + ":1:1: error: deck id 'every-type' is already used by "
                + folder.resolve("a.yaml")
                + "\n")
        .doesNotContain("a.yaml:1:1: error");
  }

  @Test
  void warningsPastTheCapStayWarningsAndTheDeckStaysUsable() throws IOException {
    StringBuilder deck = new StringBuilder("retain: 1\nid: d101\ntitle: T\ncards:\n");
    for (int i = 0; i < 101; i++) {
      deck.append("  - id: c").append(i).append("\n    q: Question ").append(i);
      deck.append("\n    a: A").append(i).append('\n');
    }
    Path file = Files.writeString(data.resolve("d101.yaml"), deck);
    var runner = new CliRunner(data);

    var lint = runner.run("lint", file.toString());
    assertThat(lint.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(lint.out()).contains(": warning: … and 1 more warning not shown\n");
    assertThat(lint.out()).doesNotContain("error:");
    var study = runner.runWithInput("", "study", file.toString());
    assertThat(study.exitCode()).as(study.err()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void strictCountsWarningsAsErrors() {
    var result = new CliRunner(data).run("lint", "--strict", GOOD.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
  }

  @Test
  void jsonListsProblemsForScripts() {
    var result =
        new CliRunner(data)
            .run("lint", "--format", "json", BAD.resolve("008-duplicate-card-id.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out())
        .isEqualTo(
            """
            [
              {
                "file": "%s",
                "line": 9,
                "column": 9,
                "severity": "error",
                "code": "duplicate-id",
                "message": "duplicate card id 'one' (first at line 5)"
              }
            ]
            """
                .formatted(BAD.resolve("008-duplicate-card-id.yaml")));
  }

  @Test
  void folderIsCheckedRecursively() {
    var result = new CliRunner(data).run("lint", BAD.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out())
        .contains("001-unclosed-quote.yaml:6:8: error:")
        .contains("39 files, 0 items");
  }

  @Test
  void missingPathIsBadUsage() {
    var result = new CliRunner(data).run("lint", "no/such/deck.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).isEqualTo("retain: no such file, folder or deck: no/such/deck.yaml\n");
  }

  @Test
  void formatsOtherThanTextAndJsonAreRefused() {
    var result = new CliRunner(data).run("lint", "--format", "tap", GOOD.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("'lint' writes text, json, not 'tap'\n");
  }

  @Test
  void lintWritesNothingToTheDataDirectory() throws IOException {
    new CliRunner(data).run("lint", GOOD.toString());

    try (Stream<Path> files = Files.list(data)) {
      assertThat(files).isEmpty();
    }
  }

  /** Issue 15: a 70 MB deck ran out of heap after a minute and exited 70. */
  @Test
  void aDeckLargerThanTheLimitIsAnErrorFoundWithoutReadingIt() throws IOException {
    Path huge = data.resolve("huge.yaml");
    try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(41L * 1024 * 1024); // sparse: nothing is written, so nothing could be read
    }

    var result = new CliRunner(data).run("lint", huge.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out())
        .isEqualTo(
            huge
                + ":1:1: error: the file is 41.0 MB, more than the 40 MB a deck may have (100,000"
                + " cards with explanations take about 35 MB); split it into several decks\n"
                + "1 file, 0 items: 1 error, 0 warnings\n");
  }
}
