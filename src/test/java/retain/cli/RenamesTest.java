package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress follows cards and decks renamed with was: (issue 16), through the real commands. */
class RenamesTest {

  private static final Path SHIPPED = Path.of("decks/belarus-russia-2022.yaml");

  @TempDir Path data;
  @TempDir Path folder;

  /** The shipped deck as it was before its cards were renamed: old ids, no was: lines. */
  private Path shippedBeforeRenames() throws IOException {
    String text =
        Files.readString(SHIPPED)
            .replaceAll("(?m)^  - id: [a-z0-9-]+\\n    was: \\[([a-z0-9-]+)\\]$", "  - id: $1");
    Path old = folder.resolve("old.yaml");
    Files.writeString(old, text);
    return old;
  }

  @Test
  void progressUnderTheShippedDecksOldIdsShowsUnderTheNewOnesAfterLoading() throws IOException {
    CliRunner retain = new CliRunner(data);
    Path old = shippedBeforeRenames();
    var studied = retain.runWithInput("x\n".repeat(86), "study", old.toString(), "--new", "86");
    assertThat(studied.exitCode()).as(studied.err()).isZero();

    var lint = retain.run("lint", "belarus-russia-2022");

    assertThat(lint.exitCode()).as(lint.out()).isZero();
    assertThat(lint.err())
        .startsWith("note: deck 'belarus-russia-2022' renamed (was:); moved the progress of ")
        .contains("agreement-1997-year, ", "zapad-2023, ", "assembly-session.1")
        .endsWith(" to the new ids\n");
    assertThat(retain.run("show", "belarus-russia-2022").out())
        .containsPattern("drills-in-belarus +short +[a-z]+ +learning ")
        // every item was studied but a cloze card's later blanks, which wait a day (docs/repl.md)
        .doesNotContainPattern("(?m)^[a-z0-9-]+(\\.1)? .* new +- *$");
    var shown = retain.run("show", "belarus-russia-2022/zapad-2023");
    assertThat(shown.err())
        .isEqualTo(
            "note: 'zapad-2023' is the former id of 'drills-in-belarus' in deck"
                + " 'belarus-russia-2022'; showing 'drills-in-belarus'\n");
    assertThat(shown.out()).startsWith("drills-in-belarus · short").contains("answer: Zapad 2023");
    assertThat(retain.run("doctor").out()).startsWith("retain.db: ok (86 reviews, 83 card states)");
    assertThat(retain.run("lint", "belarus-russia-2022").err()).isEmpty();
  }

  @Test
  void aRenamedCardIsNotMarkedChangedAtItsNextReview() throws IOException {
    CliRunner retain = new CliRunner(data);
    Path old = shippedBeforeRenames();
    retain.runWithInput("x\n".repeat(80), "study", old.toString(), "--new", "80");

    var again =
        retain.runWithInput(
            "x\n".repeat(80), "--now", "2022-12-25T10:00:00Z", "study", "belarus-russia-2022");

    // headings no longer name cards (issue 13): that reviews were asked is what matters here
    assertThat(again.out()).contains("[1/").doesNotContain("this card changed");
  }

  @Test
  void answersWrittenAgainstFormerIdsAreGradedUnderTheCurrentOnes() throws IOException {
    Path answers = folder.resolve("answers.yaml");
    Files.writeString(
        answers,
        "deck: belarus-russia-2022\nanswers:\n  zapad-2023: Zapad 2023\n  union-shield: Union"
            + " Shield\n");

    var exam =
        new CliRunner(data)
            .run(
                "exam", "belarus-russia-2022", "--answers", answers.toString(), "--format", "json");

    assertThat(exam.err())
        .isEqualTo(
            answers
                + ":3:3: warning: former card ids of deck 'belarus-russia-2022' read as their"
                + " current ids: zapad-2023 as drills-in-belarus, union-shield as"
                + " cycle-closing-exercises\n");
    assertThat(exam.out()).contains("\"answered\": 2").contains("\"score\": 2");
  }

  @Test
  void lintAsksWhetherACardWithTheProgressOfAVanishedIdWasRenamed() throws IOException {
    CliRunner retain = new CliRunner(data);
    Path deck = folder.resolve("space.yaml");
    String card = "    q: Which moon of Jupiter has an ocean?\n    a: Europa\n    explain: Ice.\n";
    Files.writeString(deck, "id: space\ntitle: Space\ncards:\n  - id: europa\n" + card);
    retain.runWithInput("Europa\n", "study", deck.toString());
    Files.writeString(deck, "id: space\ntitle: Space\ncards:\n  - id: ocean-moon\n" + card);

    var lint = retain.run("lint", deck.toString());

    assertThat(lint.out())
        .startsWith(
            deck
                + ":1:1: warning: progress is stored for card 'europa', which this deck no longer"
                + " has, and card 'ocean-moon' asks the same: did you rename 'europa'? add was:"
                + " [europa] to card 'ocean-moon' to keep its progress\n");
  }
}
