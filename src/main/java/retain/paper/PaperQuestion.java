package retain.paper;

import java.util.ArrayList;
import java.util.List;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;
import retain.exam.Paper;
import retain.grade.QuestionText;

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
    return item.card().accept(new Form(QuestionText.instruction(item)));
  }

  /** The instruction a paper prints: a session's, but for multi cards. */
  private record Form(String asked) implements Card.Visitor<String> {

    @Override
    public String visit(ShortCard card) {
      return asked;
    }

    @Override
    public String visit(ChoiceCard card) {
      return asked;
    }

    @Override
    public String visit(MultiCard card) {
      return "pick " + card.answers().size() + ", such as: a c";
    }

    @Override
    public String visit(TrueFalseCard card) {
      return asked;
    }

    @Override
    public String visit(NumericCard card) {
      return asked;
    }

    @Override
    public String visit(DateCard card) {
      return asked;
    }

    @Override
    public String visit(ClozeCard card) {
      return asked;
    }

    @Override
    public String visit(OrderCard card) {
      return asked;
    }

    @Override
    public String visit(MatchCard card) {
      return asked;
    }
  }
}
