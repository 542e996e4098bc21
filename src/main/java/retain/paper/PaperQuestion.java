package retain.paper;

import java.util.ArrayList;
import java.util.List;
import retain.deck.Item;
import retain.deck.MultiCard;
import retain.exam.Paper;
import retain.session.QuestionText;

/**
 * One question as a paper prints it: no card id, no answer, no explanation.
 *
 * @param number 1-based, the key an answers file answers it under
 * @param prompt the question; a cloze blank as [...]
 * @param options the lettered lines of the list, shuffled for the paper
 * @param form the answer expected, such as {@code a date: day, month and year} or {@code pick 2}
 */
record PaperQuestion(int number, String prompt, List<String> options, String form) {

  PaperQuestion {
    options = List.copyOf(options);
  }

  /** The paper's questions in order. */
  static List<PaperQuestion> of(Paper paper) {
    List<PaperQuestion> questions = new ArrayList<>();
    for (Item item : paper.items()) {
      questions.add(
          new PaperQuestion(
              questions.size() + 1,
              QuestionText.prompt(item),
              QuestionText.options(item.card(), paper.presentation(item)),
              form(item)));
    }
    return questions;
  }

  /** A multi card says how many to pick: a paper has no feedback to tell a student later. */
  private static String form(Item item) {
    return item.card() instanceof MultiCard multi
        ? "pick " + multi.answers().size() + ", such as: a c"
        : QuestionText.instruction(item);
  }
}
