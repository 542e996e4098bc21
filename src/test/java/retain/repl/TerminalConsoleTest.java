package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retain.grade.Verdict;
import retain.schedule.CardState;
import retain.schedule.FsrsParameters;
import retain.schedule.Outcomes;
import retain.schedule.Rating;
import retain.schedule.Scheduler;
import retain.session.Feedback;
import retain.session.Question;

/** The terminal console on a dumb JLine terminal fed with keystrokes. */
class TerminalConsoleTest {

  private static final Instant NOW = Instant.parse("2022-12-19T10:00:00Z");
  private static final Outcomes OUTCOMES =
      new Scheduler(FsrsParameters.defaults(), 0).outcomes(CardState.newCard(NOW), NOW);

  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private Terminal terminal;

  private TerminalConsole console(String keys) throws IOException {
    return console(keys, 100);
  }

  private TerminalConsole console(String keys, int width) throws IOException {
    // a dumb terminal writes straight to the stream; a streams terminal from TerminalBuilder
    // would go through a pty and its pump thread, and the screen would lag behind
    terminal =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8);
    terminal.setSize(new Size(width, 24));
    return new TerminalConsole(
        new Screen(terminal, false),
        ReplSetup.answerReader(terminal),
        Clock.fixed(NOW, ZoneId.of("UTC")),
        false);
  }

  @AfterEach
  void close() throws IOException {
    terminal.close();
  }

  private String shown() {
    return screen.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void enterKeepsTheProposedRating() throws IOException {
    assertThat(console("\n").confirmRating(Rating.GOOD, OUTCOMES)).isEqualTo(Rating.GOOD);
    assertThat(shown()).contains("Enter: good", "1 again: in 1 minute", "4 easy: in ");
  }

  @Test
  void aGradeOrANameOverridesItAndTellsTheNewDueTime() throws IOException {
    assertThat(console("4\n").confirmRating(Rating.GOOD, OUTCOMES)).isEqualTo(Rating.EASY);
    assertThat(shown()).contains("rated easy: next review in ");
    assertThat(console("hard\n").confirmRating(Rating.GOOD, OUTCOMES)).isEqualTo(Rating.HARD);
  }

  @Test
  void somethingElseIsAskedAgain() throws IOException {
    assertThat(console("maybe\n1\n").confirmRating(Rating.GOOD, OUTCOMES)).isEqualTo(Rating.AGAIN);
    assertThat(shown()).contains("type 1-4, again, hard, good or easy; Enter keeps good");
  }

  @Test
  void endOfInputEndsTheSessionAndKeepsTheProposal() throws IOException {
    TerminalConsole console = console("");
    assertThat(console.answer()).isEmpty();
    assertThat(console.confirmRating(Rating.HARD, OUTCOMES)).isEqualTo(Rating.HARD);
  }

  @Test
  void noQuestionIsShownOnceTheStudentLeftAtTheRating() throws IOException {
    TerminalConsole console = console("");
    console.confirmRating(Rating.GOOD, OUTCOMES);
    int before = shown().length();

    console.question(
        new Question(
            2,
            2,
            "x",
            Optional.empty(),
            "Asked?",
            List.of(),
            Optional.empty(),
            "a word",
            false,
            Optional.empty()));

    assertThat(shown().length()).isEqualTo(before);
    assertThat(console.answer()).isEmpty();
  }

  @Test
  void showsTheQuestionWithAProgressBarWrappedToTheWidth() throws IOException {
    TerminalConsole console = console("Minsk\n", 40);
    console.question(
        new Question(
            3,
            10,
            "minsk-visit",
            Optional.of("dates"),
            "Which city did Putin visit on 19 December 2022, his first trip there in years?",
            List.of("a) Minsk", "b) Moscow"),
            Optional.empty(),
            "one letter",
            false,
            Optional.empty()));

    assertThat(console.answer()).contains("Minsk");
    assertThat(shown().replace("\r", ""))
        .isEqualTo(
            """

            [3/10] ##-------- dates
            Which city did Putin visit on 19
            December 2022, his first trip there in
            years?
              a) Minsk
              b) Moscow
            (one letter)
            › Minsk
            """);
  }

  @Test
  void feedbackUsesTheSharedWording() throws IOException {
    TerminalConsole console = console("");
    console.feedback(
        new Feedback(
            new Verdict(true, 1, Verdict.Kind.EXACT, "Minsk", "correct"),
            Rating.GOOD,
            NOW.plusSeconds(600),
            Optional.empty(),
            Optional.of("a briefing"),
            false));

    assertThat(shown())
        .isEqualTo("right: Minsk\n  source: a briefing\nrated good: next review in 10 minutes\n");
  }

  @Test
  void deckTextAndTheStudentsAnswerAreShownNeverSentToTheTerminal() throws IOException {
    String hostile = "\u001b[2J\u001b]0;pwned\u0007\u009b";
    TerminalConsole console = console("Minsk\n");
    console.question(
        new Question(
            1,
            2,
            "c1",
            Optional.of("topic" + hostile),
            "Question" + hostile,
            List.of("a) Minsk" + hostile, "b) Moscow"),
            Optional.empty(),
            "one letter",
            false,
            Optional.empty()));
    console.feedback(
        new Feedback(
            new Verdict(false, 0, Verdict.Kind.WRONG, "Minsk" + hostile, "wrong"),
            Rating.AGAIN,
            NOW.plusSeconds(60),
            Optional.of("Because" + hostile),
            Optional.empty(),
            false));

    assertThat(shown())
        .doesNotContain("\u001b", "\u0007", "\u009b")
        .contains(
            "topic\\u001b[2J",
            "Question\\u001b[2J\\u001b]0;pwned\\u0007\\u009b",
            "a) Minsk\\u001b[2J",
            "Because\\u001b[2J");
  }
}
