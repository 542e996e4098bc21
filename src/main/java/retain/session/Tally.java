package retain.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running score of a session, by topic, able to take back its last answer. */
final class Tally {

  private record Answer(String topic, boolean correct, double score) {}

  private final Deque<Answer> answers = new ArrayDeque<>();

  void add(String topic, boolean correct, double score) {
    answers.push(new Answer(topic, correct, score));
  }

  void removeLast() {
    answers.poll();
  }

  int answered() {
    return answers.size();
  }

  int correct() {
    return (int) answers.stream().filter(Answer::correct).count();
  }

  double score() {
    return answers.stream().mapToDouble(Answer::score).sum();
  }

  /** Per topic, in the order topics were first met. */
  List<Summary.TopicScore> topics() {
    Map<String, int[]> byTopic = new LinkedHashMap<>();
    answers
        .descendingIterator()
        .forEachRemaining(
            answer -> {
              int[] counts = byTopic.computeIfAbsent(answer.topic(), topic -> new int[2]);
              counts[0]++;
              counts[1] += answer.correct() ? 1 : 0;
            });
    return byTopic.entrySet().stream()
        .map(
            entry ->
                new Summary.TopicScore(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
        .toList();
  }
}
