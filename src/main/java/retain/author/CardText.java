package retain.author;

import java.util.ArrayList;
import java.util.List;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;

/**
 * What a card asks: its question and its right answers. Not the explanation or the hint, which are
 * read without being tested, and not the wrong choices, which state nothing true.
 */
record CardText(String question, String answer) {

  static CardText of(Card card) {
    List<String> answers = new ArrayList<>();
    String question = card.prompt();
    if (card instanceof ShortCard text) {
      answers.add(text.answer());
      answers.addAll(text.accept());
    } else if (card instanceof ChoiceCard choice) {
      answers.add(choice.answer());
    } else if (card instanceof MultiCard multi) {
      answers.addAll(multi.answers());
    } else if (card instanceof NumericCard number) {
      answers.add(number.answer().toPlainString());
      number.unit().ifPresent(answers::add);
    } else if (card instanceof DateCard date) {
      answers.add(date.answer().iso());
    } else if (card instanceof OrderCard order) {
      answers.addAll(order.order());
    } else if (card instanceof MatchCard match) {
      match.pairs().forEach(pair -> answers.add(pair.left() + " " + pair.right()));
    } else if (card instanceof ClozeCard cloze) {
      question = ClozeCard.BLANK.matcher(cloze.text()).replaceAll(" ");
      cloze.blanks().forEach(blank -> answers.add(blank.answer()));
    }
    return new CardText(question, String.join("\n", answers));
  }
}
