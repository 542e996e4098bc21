package retain.deck;

import java.util.List;

/** Several right answers among the choices; partial credit for a partly right pick. */
public record MultiCard(
    CardMeta meta, String prompt, List<String> choices, List<String> answers, boolean shuffle)
    implements Card {

  public MultiCard {
    choices = List.copyOf(choices);
    answers = List.copyOf(answers);
    for (String answer : answers) {
      if (!choices.contains(answer)) {
        throw new IllegalArgumentException(
            "answer '" + answer + "' of card '" + meta.id() + "' is not among its choices");
      }
    }
  }

  @Override
  public CardType type() {
    return CardType.MULTI;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
