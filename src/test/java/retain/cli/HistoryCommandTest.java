package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

  private static final String EVERY_TYPE = "src/test/resources/decks/good/every-type.yaml";

  @TempDir Path data;

  private CliRunner runner() {
    return new CliRunner(data);
  }

  /**
   * Four answers to the fixture deck at 10:00 on 19 December (right, wrong with a comma and quotes,
   * right, partly right), then one to the briefing deck two days later.
   */
  private void studyTwoDecks() {
    var first =
        runner()
            .runWithInput(
                "Lukashenka\nResolution \"2758\", I think\nMinsk\nindustry, transport\n",
                "study",
                EVERY_TYPE,
                "--limit",
                "4");
    var second =
        runner()
            .runWithInput(
                "2022-12-19\n",
                "--now",
                "2022-12-21T09:30:00Z",
                "study",
                "belarus-russia-2022",
                "--limit",
                "1");
    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
  }

  @Test
  void tableListsEveryReviewOldestFirstWithItsResultAndNextDueTime() {
    studyTwoDecks();

    var result = runner().run("history");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            time              deck                 card            mode   result   rating  next due
            2022-12-19 10:00  every-type           short-one       study  right    good    2022-12-19 10:10
            2022-12-19 10:00  every-type           short-no-typos  study  wrong    again   2022-12-19 10:01
            2022-12-19 10:00  every-type           choice-one      study  right    good    2022-12-19 10:10
            2022-12-19 10:00  every-type           multi-one       study  partial  hard    2022-12-19 10:06
            2022-12-21 09:30  belarus-russia-2022  minsk-visit     study  right    good    2022-12-21 09:40
            5 reviews
            """);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void jsonGivesTheContractFieldsWithIsoTimes() {
    studyTwoDecks();

    var result = runner().run("history", "--card", "multi-one", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            [
              {
                "at": "2022-12-19T10:00:00Z",
                "deck": "every-type",
                "card": "multi-one",
                "mode": "study",
                "response": "industry, transport",
                "correct": false,
                "score": 0.6666666666666666,
                "rating": "hard",
                "duration_ms": 0,
                "state": "learning",
                "stability": 1.2931,
                "difficulty": 5.11217071,
                "due": "2022-12-19T10:06:00Z"
              }
            ]
            """);
  }

  @Test
  void csvHasAHeaderAndQuotesCommasAndQuotes() {
    studyTwoDecks();

    var result = runner().run("history", "every-type", "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            at,deck,card,mode,response,correct,score,rating,duration_ms,state,stability,difficulty,due
            2022-12-19T10:00:00Z,every-type,short-one,study,Lukashenka,true,1.0,good,0,learning,2.3065,2.11810397,2022-12-19T10:10:00Z
            2022-12-19T10:00:00Z,every-type,short-no-typos,study,"Resolution ""2758"", I think",false,0.0,again,0,learning,0.212,6.4133,2022-12-19T10:01:00Z
            2022-12-19T10:00:00Z,every-type,choice-one,study,Minsk,true,1.0,good,0,learning,2.3065,2.11810397,2022-12-19T10:10:00Z
            2022-12-19T10:00:00Z,every-type,multi-one,study,"industry, transport",false,0.6666666666666666,hard,0,learning,1.2931,5.11217071,2022-12-19T10:06:00Z
            """);
  }

  @Test
  void revlogNumbersCardsByFirstReviewAndGivesTheStateBeforeEachReview() {
    studyTwoDecks();

    var result = runner().run("history", "--format", "revlog");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            card_id,review_time,review_rating,review_state,review_duration
            1,1671444000000,3,0,0
            2,1671444000000,1,0,0
            3,1671444000000,3,0,0
            4,1671444000000,2,0,0
            5,1671615000000,3,0,0
            """);
    assertThat(retain.exchange.Revlog.read("out", result.out()).problems()).isEmpty();
  }

  @Test
  void aDeckFileStandsForItsId() {
    studyTwoDecks();

    var result = runner().run("history", EVERY_TYPE);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("  short-one  ")
        .doesNotContain("minsk-visit")
        .endsWith("\n4 reviews\n");
  }

  @Test
  void sinceADateStartsAtMidnightOfThatDay() {
    studyTwoDecks();

    var fromTheTwentieth = runner().run("history", "--since", "2022-12-20");
    var fromTheNineteenth = runner().run("history", "--since", "2022-12-19");

    assertThat(fromTheTwentieth.out())
        .isEqualTo(
            """
            time              deck                 card         mode   result   rating  next due
            2022-12-21 09:30  belarus-russia-2022  minsk-visit  study  right    good    2022-12-21 09:40
            1 review
            """);
    assertThat(fromTheNineteenth.out()).endsWith("\n5 reviews\n");
  }

  @Test
  void sinceAnInstantIncludesReviewsAtThatInstant() {
    studyTwoDecks();

    var atTen = runner().run("history", "--since", "2022-12-19T10:00:00Z", "--format", "csv");
    var justAfter =
        runner().run("history", "--since", "2022-12-19T11:00:00+01:00", "--format", "csv");

    assertThat(atTen.out().lines()).hasSize(6);
    assertThat(justAfter.out().lines()).hasSize(6);
    assertThat(
            runner()
                .run("history", "--since", "2022-12-19T10:00:00.001Z", "--format", "csv")
                .out()
                .lines())
        .hasSize(2);
  }

  @Test
  void sinceTakesALocalTimeAsNowDoes() {
    studyTwoDecks();

    // the runner's zone is UTC: 10:00 there is the first four reviews' time
    var atTen = runner().run("history", "--since", "2022-12-19T10:00", "--format", "csv");
    var afterTen = runner().run("history", "--since", "2022-12-19T10:01", "--format", "csv");
    var now = runner().run("--now", "2022-12-19T10:00", "history", "--format", "csv");

    assertThat(atTen.exitCode()).isZero();
    assertThat(atTen.out().lines()).hasSize(6);
    assertThat(afterTen.out().lines()).hasSize(2);
    assertThat(now.exitCode()).isZero();
  }

  @Test
  void anUnreadableSinceExitsTwoWithTheBadValue() {
    var result = runner().run("history", "--since", "yesterday");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "retain: --since expects a date such as 2022-12-19 or a time such as"
                + " 2022-12-19T10:00:00Z, got 'yesterday'\n");
  }

  @Test
  void withoutAStoreTheHistoryIsEmptyAndNoStoreIsCreated() {
    var text = runner().run("history");
    var json = runner().run("history", "--format", "json");
    var csv = runner().run("history", "--format", "csv");

    assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(text.out())
        .isEqualTo("no reviews yet; start with: retain study belarus-russia-2022\n");
    assertThat(json.out()).isEqualTo("[]\n");
    assertThat(csv.out())
        .isEqualTo(
            "at,deck,card,mode,response,correct,score,rating,duration_ms,state,stability,difficulty,due\n");
    assertThat(data.resolve("retain.db")).doesNotExist();
  }

  @Test
  void filtersThatMatchNothingSaySo() {
    studyTwoDecks();

    var result = runner().run("history", "no-such-deck");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEqualTo("no reviews match\n");
  }

  @Test
  void junitIsNotAHistoryFormat() {
    var result = runner().run("history", "--format", "junit");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .startsWith(
            "retain: Invalid value for option '--format': 'history' writes text, json, csv,"
                + " revlog, not 'junit'\n");
  }

  @Test
  void theRootHelpListsHistoryWithItsHeader() {
    assertThat(runner().run("--help").out())
        .contains(
            "\n  history     List past reviews, oldest first (table, JSON, CSV or FSRS revlog).\n");
  }
}
