package retain.repl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import retain.grade.Columns;
import retain.grade.Escape;
import retain.grade.Verdict;
import retain.schedule.Outcomes;
import retain.schedule.Rating;
import retain.session.Console;
import retain.session.Feedback;
import retain.session.Question;
import retain.session.Summary;
import retain.session.Texts;

/**
 * A session on the JLine terminal: a progress bar over each question, coloured feedback, and a
 * rating the student may change. Ctrl-C ends the session (everything answered is already saved).
 */
final class TerminalConsole implements Console {

  private static final int BAR = 10;

  private final Screen screen;
  private final LineReader reader;
  private final Texts texts;
  private final boolean unicode;
  private boolean interrupted;

  TerminalConsole(Screen screen, LineReader reader, Clock clock, boolean unicode) {
    this.screen = screen;
    this.reader = reader;
    this.texts = new Texts(clock);
    this.unicode = unicode;
  }

  @Override
  public void question(Question question) {
    if (interrupted) {
      return; // Ctrl-C at the rating: the session ends before this question is asked
    }
    String heading = Escape.line(texts.heading(question));
    // after "[3/20] ", or the whole heading when the card has no topic
    int split = heading.indexOf("] ") < 0 ? heading.length() : heading.indexOf("] ") + 2;
    String counter = heading.substring(0, split).stripTrailing() + " " + bar(question) + " ";
    screen.line("");
    List<String> lines = Wrap.lines(counter + heading.substring(split), screen.width());
    screen.line(
        screen.styled(counter, Screen.Ink.STRONG)
            + screen.styled(
                lines.get(0).substring(Math.min(counter.length(), lines.get(0).length())),
                Screen.Ink.FAINT));
    lines
        .subList(1, lines.size())
        .forEach(line -> screen.line(screen.styled(line, Screen.Ink.FAINT)));
    screen.wrapped(Escape.block(question.prompt()), Screen.Ink.PLAIN);
    question
        .columns()
        .map(columns -> Layout.columns(shown(columns), "  ", screen.width()))
        .orElseGet(
            () ->
                question.options().stream()
                    .flatMap(
                        option -> Wrap.lines("  " + Escape.line(option), screen.width()).stream())
                    .toList())
        .forEach(line -> screen.line(screen.styled(line, Screen.Ink.PLAIN)));
    screen.wrapped("(" + question.instruction() + ")", Screen.Ink.FAINT);
  }

  private static Columns shown(Columns columns) {
    return new Columns(
        columns.left().stream().map(Escape::line).toList(),
        columns.right().stream().map(Escape::line).toList());
  }

  /** {@code ▰▰▰▱▱▱▱▱▱▱}: the share of the planned questions already behind the student. */
  private String bar(Question question) {
    int done = BAR * (question.number() - 1) / Math.max(1, question.planned());
    String full = unicode ? "▰" : "#";
    String empty = unicode ? "▱" : "-";
    return full.repeat(done) + empty.repeat(BAR - done);
  }

  @Override
  public Optional<String> answer() {
    return interrupted ? Optional.empty() : read("› ");
  }

  @Override
  public void feedback(Feedback feedback) {
    List<String> lines = texts.feedback(feedback).stream().map(Escape::block).toList();
    screen.wrapped(lines.get(0), ink(feedback.verdict()));
    for (String line : lines.subList(1, lines.size())) {
      boolean metadata = line.startsWith("  source:") || line.startsWith("rated ");
      screen.wrapped(line, metadata ? Screen.Ink.FAINT : Screen.Ink.PLAIN);
    }
  }

  private static Screen.Ink ink(Verdict verdict) {
    return switch (verdict.kind()) {
      case EXACT, ACCEPTED_ALTERNATIVE -> Screen.Ink.RIGHT;
      case TYPO_TOLERATED, PARTIAL -> Screen.Ink.NEAR;
      case WRONG, BLANK, UNREADABLE -> Screen.Ink.WRONG;
    };
  }

  /**
   * Enter keeps {@code proposed}; 1 to 4 or a rating's name overrides it. Ctrl-C keeps the proposal
   * and ends the session before the next question.
   */
  @Override
  public Rating confirmRating(Rating proposed, Outcomes outcomes) {
    if (interrupted) {
      return proposed;
    }
    Layout.phrases(choices(proposed, outcomes), " · ", screen.width())
        .forEach(line -> screen.line(screen.styled(line, Screen.Ink.FAINT)));
    while (true) {
      Optional<String> typed = read("rate › ");
      if (typed.isEmpty() || typed.get().isBlank()) {
        return proposed;
      }
      Optional<Rating> chosen = RatingChoice.parse(typed.get());
      if (chosen.isPresent()) {
        if (chosen.get() != proposed) {
          screen.wrapped(
              texts.nextReview(chosen.get(), outcomes.of(chosen.get()).due()), Screen.Ink.FAINT);
        }
        return chosen.get();
      }
      screen.wrapped(
          "type 1-4, again, hard, good or easy; Enter keeps " + RatingChoice.name(proposed),
          Screen.Ink.NEAR);
    }
  }

  /** {@code Enter: good}, {@code 1 again: now}, {@code 2 hard: in 6 minutes}, … */
  private List<String> choices(Rating proposed, Outcomes outcomes) {
    List<String> choices = new ArrayList<>();
    choices.add("Enter: " + RatingChoice.name(proposed));
    for (Rating rating : Rating.values()) {
      choices.add(
          rating.grade()
              + " "
              + RatingChoice.name(rating)
              + ": "
              + texts.when(outcomes.of(rating).due()));
    }
    return choices;
  }

  @Override
  public void notice(String message) {
    screen.wrapped(Escape.block(message), Screen.Ink.NEAR);
  }

  @Override
  public void summary(Summary summary) {
    List<String> lines = texts.summary(summary).stream().map(Escape::block).toList();
    screen.line("");
    screen.wrapped(lines.get(0), Screen.Ink.STRONG);
    lines.subList(1, lines.size()).forEach(line -> screen.wrapped(line, Screen.Ink.PLAIN));
  }

  /** The next line typed; empty once the student pressed Ctrl-C or Ctrl-D. */
  private Optional<String> read(String prompt) {
    try {
      return Optional.of(reader.readLine(prompt));
    } catch (UserInterruptException | EndOfFileException leaving) {
      interrupted = true;
      return Optional.empty();
    }
  }
}
