package retain.deck;

/** A statement that is true or false. */
public record TrueFalseCard(CardMeta meta, String prompt, boolean answer) implements Card {
  @Override
  public CardType type() {
    return CardType.TRUEFALSE;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
