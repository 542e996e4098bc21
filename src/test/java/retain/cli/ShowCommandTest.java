package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.stats.SeededHistory;

class ShowCommandTest {

  private static final String DECK = SeededHistory.DECK.toString();

  @TempDir Path data;

  @Test
  void deckListsItemsWithStateAndNextDue() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("show", DECK);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            every-type: One card of every type (14 items)
            ITEM              TYPE       TOPIC  STATE     DUE
            short-one         short      misc   mature    now
            short-no-typos    short      -      new       -
            choice-one        choice     -      learning  now
            multi-one         multi      -      new       -
            truefalse-one     truefalse  -      young     2022-12-22 10:00
            numeric-one       numeric    -      mature    2023-01-18 09:30
            numeric-relative  numeric    -      new       -
            date-one          date       dates  young     now
            date-year         date       dates  young     2022-12-20 10:00
            cloze-one.1       cloze      -      new       -
            cloze-one.2       cloze      -      new       -
            order-one         order      -      new       -
            match-one         match      -      new       -
            short-yaml-no     short      -      new       -
            """);
  }

  @Test
  void cardShowsQuestionAnswerScheduleCurveAndHistory() {
    SeededHistory.write(data);

    var result = new CliRunner(data).run("show", DECK + "/date-one");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            date-one · date · dates
            When did the visit take place?
            (a date: day, month and year)

            answer: 19 December 2022
            explain: A week before Christmas.

            state: young · stability 3.0 days · difficulty 5.0 · due now
            recall now 90%  next 30 days ▇▇▇▇▇▇▇▇▇▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆ 69%
            history:
              2022-12-13 10:00  study  good   right  "answer"
              2022-12-15 10:00  study  again  wrong  "answer"
              2022-12-15 10:10  study  good   right  "answer"
              2022-12-16 10:00  study  hard   right  "answer"
            """);
  }

  @Test
  void aPipedAnswerWithControlsIsEchoedAndShownEscaped() {
    var cli = new CliRunner(data);
    String typed = "\u001b[2JLukashenka\u0007";

    var study = cli.runWithInput(typed + "\n", "--no-color", "study", DECK, "--limit", "1");
    var show = cli.run("--no-color", "show", DECK + "/short-one");

    String escaped = "\\u001b[2JLukashenka\\u0007";
    assertThat(study.out()).contains("> " + escaped + "\n").doesNotContain("\u001b", "\u0007");
    assertThat(show.out()).contains("\"" + escaped + "\"").doesNotContain("\u001b", "\u0007");
  }

  @Test
  void clozeCardShowsEachBlank() {
    var result = new CliRunner(data).run("--no-color", "show", DECK + "/cloze-one");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            cloze-one.1 - cloze
            The [...] joins Belarus and Russia.
            (the words that fill [...])

            answer: Union State
            explain: Two blanks, two items.

            state: new
            no reviews yet

            cloze-one.2 - cloze
            The Union State joins [...] and Russia.
            (the words that fill [...])

            answer: Belarus
            explain: Two blanks, two items.

            state: new
            no reviews yet
            """);
    assertThat(data.resolve("retain.db")).doesNotExist();
  }

  @Test
  void unknownCardIsBadInput() {
    var result = new CliRunner(data).run("show", DECK + "/nope");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).isEqualTo("retain: deck 'every-type' has no card 'nope'\n");
  }
}
