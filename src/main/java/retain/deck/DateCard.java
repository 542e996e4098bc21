package retain.deck;

/** A date, asked to the precision of the answer: a year, a month or a day. */
public record DateCard(CardMeta meta, String prompt, PartialDate answer) implements Card {
  @Override
  public CardType type() {
    return CardType.DATE;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
