package retain.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import retain.schedule.Outcomes;
import retain.schedule.Rating;

/**
 * A console for session tests: it replies from a script (each reply may read the question it
 * answers, to find the letters the shuffle gave), overrides a rating where the script says so, and
 * records everything the session showed, in order.
 */
final class ScriptedConsole implements Console {

  /** Never more answers than this, so a session that fails to end fails the test instead. */
  private static final int MAX_ANSWERS = 500;

  private record Reply(Function<Question, String> line, Optional<Rating> rating) {}

  private final Deque<Reply> script = new ArrayDeque<>();
  private Optional<Function<Question, String>> afterScript = Optional.empty();
  private Optional<Rating> pendingOverride = Optional.empty();
  private Optional<MovableClock> clock = Optional.empty();
  private Duration thinking = Duration.ZERO;
  private Runnable onFeedback = () -> {};
  private int answers;

  final List<String> events = new ArrayList<>();
  final List<Question> questions = new ArrayList<>();
  final List<Feedback> feedback = new ArrayList<>();
  final List<String> notices = new ArrayList<>();
  final List<Summary> summaries = new ArrayList<>();

  /** Typed lines, such as an answer or {@code :undo}. */
  ScriptedConsole say(String... lines) {
    for (String line : lines) {
      script.add(new Reply(question -> line, Optional.empty()));
    }
    return this;
  }

  /** A line worked out from the question it answers. */
  ScriptedConsole reply(Function<Question, String> line) {
    script.add(new Reply(line, Optional.empty()));
    return this;
  }

  /** The same reply {@code times} times. */
  ScriptedConsole reply(int times, Function<Question, String> line) {
    for (int i = 0; i < times; i++) {
      reply(line);
    }
    return this;
  }

  /** A line, then {@code rating} instead of the proposed one. */
  ScriptedConsole replyAndRate(Function<Question, String> line, Rating rating) {
    script.add(new Reply(line, Optional.of(rating)));
    return this;
  }

  /** What to reply once the script is used up, instead of ending the input. */
  ScriptedConsole thenAlways(Function<Question, String> line) {
    afterScript = Optional.of(line);
    return this;
  }

  /** Each answer takes {@code each} on {@code clock}. */
  ScriptedConsole thinking(MovableClock clock, Duration each) {
    this.clock = Optional.of(clock);
    this.thinking = each;
    return this;
  }

  /** Runs {@code check} as each feedback is shown, to see what the store holds by then. */
  ScriptedConsole onFeedback(Runnable check) {
    this.onFeedback = check;
    return this;
  }

  /** The item ids of the questions asked, in order. */
  List<String> asked() {
    return questions.stream().map(Question::itemId).toList();
  }

  @Override
  public void question(Question question) {
    questions.add(question);
    events.add("question " + question.itemId());
  }

  @Override
  public Optional<String> answer() {
    Question current = questions.get(questions.size() - 1);
    Optional<Function<Question, String>> next;
    if (!script.isEmpty()) {
      Reply reply = script.poll();
      pendingOverride = reply.rating();
      next = Optional.of(reply.line());
    } else {
      pendingOverride = Optional.empty();
      next = answers < MAX_ANSWERS ? afterScript : Optional.empty();
    }
    answers++;
    clock.ifPresent(moving -> moving.advance(thinking));
    Optional<String> line = next.map(reply -> reply.apply(current));
    events.add(line.map(text -> "answer " + text).orElse("end of input"));
    return line;
  }

  @Override
  public void feedback(Feedback shown) {
    onFeedback.run();
    feedback.add(shown);
    events.add("feedback " + shown.verdict().kind() + " " + shown.rating());
  }

  @Override
  public Rating confirmRating(Rating proposed, Outcomes outcomes) {
    Rating chosen = pendingOverride.orElse(proposed);
    pendingOverride = Optional.empty();
    return chosen;
  }

  @Override
  public void notice(String message) {
    notices.add(message);
    events.add("notice " + message);
  }

  @Override
  public void summary(Summary summary) {
    summaries.add(summary);
    events.add("summary");
  }
}
