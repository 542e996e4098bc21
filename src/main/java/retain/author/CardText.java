package retain.author;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;

/**
 * What a card asks: its question and its right answers. Not the explanation or the hint, which are
 * read without being tested, and not the wrong choices, which state nothing true.
 */
record CardText(String question, String answer) {

  static CardText of(Card card) {
    return card.accept(new Asked());
  }

  private static CardText of(Card card, List<String> answers) {
    return new CardText(card.prompt(), String.join("\n", answers));
  }

  private static final class Asked implements Card.Visitor<CardText> {

    @Override
    public CardText visit(ShortCard card) {
      List<String> answers = new ArrayList<>();
      answers.add(card.answer());
      answers.addAll(card.accept());
      return of(card, answers);
    }

    @Override
    public CardText visit(ChoiceCard card) {
      return of(card, List.of(card.answer()));
    }

    @Override
    public CardText visit(MultiCard card) {
      return of(card, card.answers());
    }

    @Override
    public CardText visit(TrueFalseCard card) {
      return of(card, List.of());
    }

    @Override
    public CardText visit(NumericCard card) {
      List<String> answers = new ArrayList<>();
      answers.add(card.answer().toPlainString());
      card.unit().ifPresent(answers::add);
      return of(card, answers);
    }

    @Override
    public CardText visit(DateCard card) {
      return of(card, List.of(card.answer().iso()));
    }

    @Override
    public CardText visit(ClozeCard card) {
      return new CardText(
          ClozeCard.BLANK.matcher(card.text()).replaceAll(" "),
          card.blanks().stream().map(ClozeCard.Blank::answer).collect(Collectors.joining("\n")));
    }

    @Override
    public CardText visit(OrderCard card) {
      return of(card, card.order());
    }

    @Override
    public CardText visit(MatchCard card) {
      return of(card, card.pairs().stream().map(pair -> pair.left() + " " + pair.right()).toList());
    }
  }
}
