package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.deck.DeckLoader;
import retain.store.Mode;
import retain.store.Store;

class ExamCommandTest {

  private static final String DECK = "src/test/resources/decks/good/every-type.yaml";
  private static final String ANSWERS = "src/test/resources/exam/";

  @TempDir Path data;

  private CliRunner.Result exam(String answers, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "exam";
    args[1] = DECK;
    args[2] = "--answers";
    args[3] = ANSWERS + answers;
    System.arraycopy(options, 0, args, 4, options.length);
    return new CliRunner(data).run(args);
  }

  @Test
  void textReportListsEveryItemAndTheScore() {
    var result = exam("good.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith(
            "Exam: One card of every type (every-type)\nStudent: Jane Doe\nPaper: student Jane"
                + " Doe\n\n")
        .contains("  right   short-one         Lukashenka\n")
        .contains("  blank   cloze-one.2       no answer; the answer is Belarus\n")
        .endsWith("\nScore: 8 / 14 (57.14%), 10 of 14 answered\n");
  }

  @Test
  void belowThePassMarkExitsOne() {
    var result = exam("good.yaml", "--pass", "60");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out()).endsWith("10 of 14 answered, failed (pass mark 60%)\n");
  }

  @Test
  void atThePassMarkExitsZero() {
    var result = exam("good.yaml", "--pass", "57");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void jsonReportFollowsTheContract() {
    var result = exam("good.yaml", "--format", "json", "--pass", "50");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith(
            """
            {
              "format": 2,
              "deck": "every-type",
              "hash": "%s",
              "student": "Jane Doe",
              "seed": null,
              "answered": 10,
              "total": 14,
              "score": 8,
              "max": 14,
              "percent": 57.14,
              "passed": true,
              "results": [
            """
                .formatted(deckHash()))
        .contains(
            """
                {
                  "card": "multi-one",
                  "type": "multi",
                  "topic": null,
                  "question": "Which spheres were named?",
                  "choices": [
                    "industry",
                    "transport",
                    "energy",
                    "fishing"
                  ],
                  "right": [
                    "industry",
                    "transport",
                    "energy"
                  ],
                  "response": [
                    "industry",
                    "transport",
                    "fishing"
                  ],
                  "picked": [
                    "industry",
                    "transport",
                    "fishing"
                  ],
                  "expected": "industry, transport, energy",
                  "correct": false,
                  "score": 0.33,
            """)
        .contains(
            """
                {
                  "card": "numeric-relative",
                  "type": "numeric",
                  "topic": null,
                  "question": "What share of the programmes was implemented?",
                  "choices": null,
                  "right": null,
                  "response": null,
                  "picked": [],
            """);
  }

  private static String deckHash() {
    try {
      Path deck = Path.of(DECK);
      return DeckLoader.load(DECK, Files.readAllBytes(deck)).value().orElseThrow().contentHash();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void choicesArePickedByTextSoShuffledLettersStillCount() {
    var result = exam("good.yaml", "--format", "json");

    assertThat(result.out())
        .contains(
            """
                  "card": "choice-one",
            """)
        .containsPattern("\"picked\": \\[\n\\s+\"Minsk\"\n\\s+\\]");
  }

  @Test
  void tapHasAPlanAndOneLinePerItem() {
    var result = exam("good.yaml", "--format", "tap");

    assertThat(result.out())
        .startsWith("TAP version 13\n1..14\nok 1 - short-one\nnot ok 2 - short-no-typos\n  ---\n")
        .contains("  response: \"Resolution 2759\"\n  expected: \"Resolution 2758\"\n")
        .endsWith("# every-type, Jane Doe: 8/14 (57.14%)\n");
  }

  @Test
  void junitHasATestcasePerItemAndAFailurePerMiss() {
    var result = exam("good.yaml", "--format", "junit");

    assertThat(result.out())
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"retain exam every-type\" tests=\"14\" failures=\"7\"")
        .contains("<property name=\"student\" value=\"Jane Doe\"/>")
        .contains("<testcase classname=\"every-type\" name=\"short-one\"/>")
        .contains(
            "<testcase classname=\"every-type\" name=\"cloze-one.2\">\n    <failure type=\"blank\"");
  }

  @Test
  void answersForAnotherDeckAreBadInput() {
    var result = exam("wrong-deck.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            ANSWERS
                + "wrong-deck.yaml:1:7: error: these answers are for deck 'another-deck', not 'every-type'\n");
  }

  @Test
  void unknownCardsAreNamed() {
    var result = exam("unknown-card.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            ANSWERS
                + "unknown-card.yaml:4:3: error: deck 'every-type' has no card 'no-such-card'\n"
                + ANSWERS
                + "unknown-card.yaml:5:3: error: deck 'every-type' has no card 'cloze-one';"
                + " it is a cloze card: answer each blank as cloze-one.1, cloze-one.2, ...\n");
  }

  @Test
  void everyUnknownIdShownGetsItsOwnSuggestionAndTheRestAreCounted() throws IOException {
    StringBuilder answers = new StringBuilder("deck: every-type\nanswers:\n");
    for (int i = 0; i < 110; i++) {
      answers.append("  short-on").append((char) ('a' + i % 26)).append(i / 26).append(": x\n");
    }
    Path file = data.resolve("typos.yaml");
    Files.writeString(file, answers);

    var result = new CliRunner(data).run("exam", DECK, "--answers", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err().lines().toList())
        .hasSize(101)
        .startsWith(
            file
                + ":3:3: error: deck 'every-type' has no card 'short-ona0'; did you mean"
                + " 'short-one'?")
        .endsWith(file + ":102:3: error: … and 10 more errors not shown");
    assertThat(result.err().lines().limit(100))
        .allMatch(line -> line.contains("; did you mean 'short-"));
  }

  @Test
  void moreAnswersThanTheDeckCouldHaveAreRefusedWhereTheyStart() throws IOException {
    // a million keys once ran out of memory (exit 70); the rest of the file is no longer kept
    StringBuilder answers = new StringBuilder("deck: every-type\nanswers:\n");
    for (int i = 0; i < 1000; i++) {
      answers.append("  k").append(i).append(": x\n");
    }
    Path file = data.resolve("many.yaml");
    Files.writeString(file, answers);

    var result = new CliRunner(data).run("exam", DECK, "--answers", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .contains(
            file
                + ":117:3: error: more answers than the deck has questions (14); the answers from"
                + " here on are not read\n")
        .endsWith(file + ":101:3: error: … and 15 more errors not shown\n")
        .doesNotContain("Exception");
  }

  @Test
  void missingAnswersFileIsBadInput() {
    var result = exam("missing.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo("retain: cannot read answers file " + ANSWERS + "missing.yaml: no such file\n");
  }

  @Test
  void passMarkOutsideZeroToHundredIsBadUsage() {
    var result = exam("good.yaml", "--pass", "120");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .startsWith("retain: --pass takes a percentage from 0 to 100, got 120.0\n");
  }

  @Test
  void examIsRecordedAsASessionWithItsScore() {
    exam("good.yaml");

    try (Store store = Store.openReadOnly(data).orElseThrow()) {
      var session = store.sessions(Optional.empty()).get(0);
      assertThat(session.mode()).isEqualTo(Mode.EXAM);
      assertThat(session.student()).contains("Jane Doe");
      assertThat(session.answered()).isEqualTo(10);
      assertThat(session.max()).isEqualTo(14);
      assertThat(session.score()).isCloseTo(8, within(1e-9));
      assertThat(store.cardStates("every-type")).as("exams leave the schedule alone").isEmpty();
    }
  }

  @Test
  void noRecordLeavesTheStoreUntouched() {
    exam("good.yaml", "--no-record");

    assertThat(Store.openReadOnly(data)).isEmpty();
  }

  @Test
  void topicLimitsTheScope() {
    var result = exam("good.yaml", "--topic", "dates", "--format", "tap");

    assertThat(result.out())
        .startsWith("TAP version 13\n1..2\nok 1 - date-one\nnot ok 2 - date-year\n");
  }
}
