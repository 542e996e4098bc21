package retain.deck;

import java.util.List;

/** One right answer among 2 to 10 choices, shown lettered and (unless told not to) shuffled. */
public record ChoiceCard(
    CardMeta meta, String prompt, List<String> choices, String answer, boolean shuffle)
    implements Card {

  public ChoiceCard {
    choices = List.copyOf(choices);
    if (!choices.contains(answer)) {
      throw new IllegalArgumentException(
          "answer '" + answer + "' of card '" + meta.id() + "' is not among its choices");
    }
  }

  @Override
  public CardType type() {
    return CardType.CHOICE;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
