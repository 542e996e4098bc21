package retain.exchange;

import java.util.List;
import retain.deck.DeckProblem;

/** The questions read from a GIFT or Moodle XML file, and what was wrong or left out. */
record LmsRead(List<PlacedQuestion> questions, List<DeckProblem> problems) {
  LmsRead {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }
}
