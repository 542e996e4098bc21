package retain.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import retain.grade.Escape;
import retain.schedule.Outcomes;
import retain.schedule.Rating;

/**
 * The console for pipes and scripts: one answer per line in, plain text out (no colours, no cursor
 * movement), the proposed rating always kept. Answers are echoed after the prompt so that a
 * transcript reads like the session it was.
 */
public final class PlainConsole implements Console {

  private final BufferedReader in;
  private final PrintWriter out;
  private final Texts texts;

  /** A console reading {@code in}, writing {@code out}, telling times relative to {@code clock}. */
  public PlainConsole(BufferedReader in, PrintWriter out, Clock clock) {
    this.in = in;
    this.out = out;
    this.texts = new Texts(clock);
  }

  @Override
  public void question(Question question) {
    out.println();
    line(texts.heading(question));
    line(question.prompt());
    question.options().forEach(option -> line("  " + option));
    line("(" + question.instruction() + ")");
    out.flush();
  }

  @Override
  public Optional<String> answer() {
    try {
      String line = in.readLine();
      if (line != null) {
        line("> " + line);
      }
      return Optional.ofNullable(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void feedback(Feedback feedback) {
    texts.feedback(feedback).forEach(this::line);
    out.flush();
  }

  @Override
  public Rating confirmRating(Rating proposed, Outcomes outcomes) {
    return proposed;
  }

  @Override
  public void notice(String message) {
    line(message);
    out.flush();
  }

  @Override
  public void summary(Summary summary) {
    out.println();
    texts.summary(summary).forEach(this::line);
    out.flush();
  }

  /** Prints one line of deck text or of an answer with its control characters made visible. */
  private void line(String text) {
    out.println(Escape.block(text));
  }

  @Override
  public boolean asksAgain() {
    return false;
  }
}
