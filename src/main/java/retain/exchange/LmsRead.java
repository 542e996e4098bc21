package retain.exchange;

import java.util.List;
import retain.yaml.Problem;

/** The questions read from a GIFT or Moodle XML file, and what was wrong or left out. */
record LmsRead(List<PlacedQuestion> questions, List<Problem> problems) {
  LmsRead {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }
}
