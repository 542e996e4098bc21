package retain.session;

import java.time.Duration;
import java.util.List;

/**
 * The end of a session.
 *
 * @param score the sum of the answers' scores, partial credit included
 * @param dueTomorrow items of the deck due by the end of tomorrow's study day
 * @param left whether the student left (":quit", Ctrl-C, end of input) before the end
 */
public record Summary(
    String deck,
    int answered,
    int correct,
    double score,
    Duration spent,
    List<TopicScore> topics,
    int dueTomorrow,
    boolean left) {

  /** Answers and right answers in one topic. */
  public record TopicScore(String topic, int answered, int correct) {}

  public Summary {
    topics = List.copyOf(topics);
  }

  /** Right answers as a percentage of answers; 0 when nothing was answered. */
  public double percent() {
    return answered == 0 ? 0 : 100.0 * correct / answered;
  }
}
