package retain.session;

import java.util.Optional;
import retain.schedule.Outcomes;
import retain.schedule.Rating;

/**
 * What a session needs from whoever sits in front of it: a plain text stream for pipes and scripts,
 * or the rich JLine terminal of the REPL. The session never knows which.
 */
public interface Console {

  /** Shows the next question. */
  void question(Question question);

  /**
   * The student's next line, stripped of its line ending; empty when input has ended or the student
   * interrupted the session (Ctrl-C), which ends it with everything answered saved.
   */
  Optional<String> answer();

  /** Shows how an answer went; it is already saved. */
  void feedback(Feedback feedback);

  /**
   * Lets the student change the proposed rating after seeing the feedback; a console that cannot
   * ask (a pipe) keeps the proposal. {@code outcomes} tells when each choice would be due next.
   */
  Rating confirmRating(Rating proposed, Outcomes outcomes);

  /**
   * Whether an answer that cannot be read is asked again (issue 12). A pipe's answers were written
   * before the questions were seen, so asking again would shift every later answer.
   */
  default boolean asksAgain() {
    return true;
  }

  /** A one-line message, such as a hint or "skipped". */
  void notice(String message);

  /** Shows the end-of-session summary. */
  void summary(Summary summary);
}
