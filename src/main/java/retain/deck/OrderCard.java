package retain.deck;

import java.util.List;

/** Items to put in order; {@code order} is the correct order (written {@code items:} in a deck). */
public record OrderCard(CardMeta meta, String prompt, List<String> order) implements Card {
  public OrderCard {
    order = List.copyOf(order);
  }

  @Override
  public CardType type() {
    return CardType.ORDER;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
