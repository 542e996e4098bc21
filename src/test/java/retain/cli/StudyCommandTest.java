package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

  private static final String DECK = "src/test/resources/decks/good/every-type.yaml";

  @TempDir Path data;

  @Test
  void pipedSessionAsksGradesAndSummarises() {
    var result =
        new CliRunner(data)
            .runWithInput("Lukashenko\nResolution 2758\n", "study", DECK, "--limit", "2");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """

            [1/2] misc
            Who leads Belarus?
            (a short answer)
            > Lukashenko
            right: Lukashenka
              In office since 1994.
              source: Introduction
            rated good: next review in 10 minutes

            [2/2]
            Which resolution number?
            (a short answer)
            > Resolution 2758
            right: Resolution 2758
              Numbers are never typo-tolerated.
            rated good: next review in 10 minutes

            every-type: 2 answered, 2 right (100%)
              misc             1/1 right
              (no topic)       1/1 right
            due by the end of tomorrow: 2
            """);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anExamTomorrowBringsInEveryNewCardToday() {
    var plain = new CliRunner(data).runWithInput("\n", "study", DECK, "--new", "1");
    var aimed =
        new CliRunner(data).runWithInput("\n", "study", DECK, "--new", "1", "--exam", "2022-12-20");

    assertThat(plain.out()).contains("[1/1]");
    // 13 unseen cards (the cloze card's second blank waits a day), one study day left
    assertThat(aimed.out()).contains("[1/13]");
  }

  @Test
  void aBlankAnswerSaysSoOnceAndGivesTheAnswer() {
    var result = new CliRunner(data).runWithInput("\n", "study", DECK, "--limit", "1");

    assertThat(result.out())
        .contains("\nno answer; the answer is Lukashenka\n")
        .doesNotContain("no answer: no answer");
  }

  @Test
  void wrongAnswerComesBackInTheSameSession() {
    var result =
        new CliRunner(data)
            .runWithInput("Putin\nLukashenka\n", "study", DECK, "--topic", "misc", "--limit", "2");

    assertThat(result.out())
        .contains("> Putin\nwrong:")
        .contains("rated again: next review in 1 minute")
        .contains("[2/2] misc (early: due in 1 minute)\n")
        .contains("> Lukashenka\nright: Lukashenka");
  }

  @Test
  void secondRunTheSameDayAsksNoNewCardsBeyondTheLimit() {
    var runner = new CliRunner(data);
    runner.runWithInput("a\nb\nc\n", "study", DECK, "--new", "3");

    var again = runner.runWithInput("", "study", DECK, "--new", "3");

    assertThat(again.out()).doesNotContain("short-yaml-no").doesNotContain("[4/");
  }

  @Test
  void quitLeavesTheWholeRunNotJustTheCurrentDeck() {
    var result = new CliRunner(data).runWithInput(":quit\n", "study", DECK, "belarus-russia-2022");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("every-type: 0 answered")
        .doesNotContain("belarus-russia-2022:");
  }

  @Test
  void unknownTopicIsBadInput() {
    var result = new CliRunner(data).run("study", DECK, "--topic", "date");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo("retain: deck 'every-type' has no topic 'date'; its topics: dates, misc\n");
  }

  @Test
  void unknownDeckIsBadInputNamingWhatWasFound() {
    var result = new CliRunner(data).run("study", "no-such-deck");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .startsWith(
            "retain: no deck 'no-such-deck' (not a file, and no deck has that id); decks found: ");
    assertThat(data.resolve("retain.db")).doesNotExist();
  }

  @Test
  void aDeckWithErrorsIsShownWithItsErrorsNotCalledMissing() throws IOException {
    Path folder = Files.createDirectories(data.resolve("mine"));
    String broken =
        "id: solar-system\ntitle: Solar system\ncards:\n"
            + "  - id: biggest\n    q: Biggest planet?\n    a: Jupiter\n    bogus: 1\n";
    Path named = Files.writeString(folder.resolve("solar-system.yaml"), broken);
    Path other = Files.writeString(folder.resolve("solar.yaml"), broken.replace("solar-", "x-"));
    var runner = new CliRunner(data);

    var byFileName = runner.run("--decks", folder.toString(), "study", "solar-system");
    var byId = runner.run("--decks", folder.toString(), "study", "x-system");

    assertThat(byFileName.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(byFileName.err())
        .startsWith("retain: " + named + " has errors:\n" + named + ":7:5: error: ");
    assertThat(byId.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    // the header names the deck asked for, so its own errors are shown, not "no deck"
    assertThat(byId.err())
        .startsWith("retain: " + other + " has errors:\n" + other + ":7:5: error: ");
  }

  @Test
  void brokenConfigFileStopsTheSessionWithItsLocation() throws IOException {
    Path config = Files.createDirectories(data.resolve("xdg/retain"));
    Files.writeString(config.resolve("config.yaml"), "new_per_day: many\n");

    var result =
        new CliRunner(data, Map.of("XDG_CONFIG_HOME", data.resolve("xdg").toString()))
            .run("study", DECK);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            "retain: config.yaml has errors:\n"
                + config.resolve("config.yaml")
                + ":1:14: error: 'new_per_day' should be a whole number, 0 or more, found 'many'\n");
  }

  @Test
  void pipedStudyShowsEscapesFromTheAnswerInsteadOfSendingThemAndADeckHoldingThemIsRefused()
      throws IOException {
    Path deck =
        Files.writeString(
            data.resolve("plain.yaml"),
            "id: plain\ntitle: T\ncards:\n  - id: c\n    q: Question\n    a: x\n    explain: E\n");
    Path hostile =
        Files.writeString(
            data.resolve("hostile.yaml"),
            "id: hostile\ntitle: T\ncards:\n  - id: c\n"
                + "    q: \"Question \\e[2J\\e]0;pwned\\a\"\n    a: x\n    explain: E\n");

    var result =
        new CliRunner(data).runWithInput("\u001b]8;;http://x\u0007y\n", "study", deck.toString());
    var refused = new CliRunner(data).runWithInput("x\n", "study", hostile.toString());

    assertThat(result.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(result.out()).contains("> \\u001b]8;;http://x\\u0007y");
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.out() + refused.err())
        .doesNotContain("\u001b")
        .contains(":5:8: error: this value holds the control character U+001B");
  }
}
