package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/author");

  @TempDir Path data;
  @TempDir Path folder;
  private Path deck;

  @BeforeEach
  void copyFixtures() throws IOException {
    deck = Files.copy(FIXTURES.resolve("orchard.yaml"), folder.resolve("orchard.yaml"));
    Files.copy(FIXTURES.resolve("orchard.txt"), folder.resolve("orchard.txt"));
  }

  @Test
  void printsUncoveredSentencesThenEachSection() {
    var result = new CliRunner(data).run("coverage", deck.toString());

    String source = folder.resolve("orchard.txt").toString();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            source
                + ":8: uncovered: The cooperative also bought a bottling line from Kessler"
                + " Machines of…\n"
                + source
                + ":12: uncovered: The cooperative in brief: founded 2019 in Marrow, 58"
                + " member farms, one…\n"
                + source
                + ":14: uncovered: It sells cider, juice and vinegar under two labels.\n"
                + source
                + ":20: uncovered: The members voted to plant a nursery of old varieties"
                + " such as the Vell…\n"
                + source
                + ":21: uncovered: A storage hall with cold rooms for 900 tonnes is"
                + " planned for 2025.\n"
                + "\n"
                + "section                                 covered    %\n"
                + "The Orchard Cooperative of Vell Valley      2/2  100\n"
                + "Harvest and Prices                          2/3   66\n"
                + "box at line 12                              0/2    0\n"
                + "Plans                                       0/2    0\n"
                + "overall                                     4/9   44\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aSectionBelowTheMinimumFailsTheCheck() {
    var below = new CliRunner(data).run("coverage", deck.toString(), "--min", "80");
    var none = new CliRunner(data).run("coverage", deck.toString(), "--min", "0");

    assertThat(below.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void jsonListsEveryCountedSentenceWithTheCardThatAsksAboutIt() {
    var result = new CliRunner(data).run("coverage", deck.toString(), "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("\"line\": 2,")
        .contains("\"card\": \"founded\"")
        .contains("\"card\": null")
        .contains(
            "\"name\": \"Harvest and Prices\",\n      \"covered\": 2,\n      \"sentences\": 3,");
  }

  @Test
  void sourceGivenOnTheCommandLineWins() throws IOException {
    Path other =
        Files.writeString(
            folder.resolve("other.txt"),
            "Ilse Brandt chaired the cooperative in Marrow from 2019.\n");

    var result = new CliRunner(data).run("coverage", deck.toString(), "--source", other.toString());

    assertThat(result.out()).containsPattern("overall +1/1  100\n$");
  }

  @Test
  void aDeckWithoutASourcePathSaysHowToGiveOne() throws IOException {
    Path bare =
        Files.writeString(
            folder.resolve("bare.yaml"),
            "id: bare\ntitle: t\nsource: \"A book\"\ncards:\n  - id: c\n    q: q?\n    a: a\n    explain: e\n");

    var result = new CliRunner(data).run("coverage", bare.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            "retain: deck 'bare' names no source text (source: path: FILE); pass --source FILE\n");
  }

  @Test
  void aMissingSourceFileIsOneLine() throws IOException {
    Files.delete(folder.resolve("orchard.txt"));

    var result = new CliRunner(data).run("coverage", deck.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .startsWith("retain: deck 'orchard' names its source as orchard.txt, but ")
        .hasLineCount(1);
  }
}
