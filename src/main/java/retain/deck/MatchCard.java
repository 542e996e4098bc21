package retain.deck;

import java.util.List;

/** Left items to pair with right items; the right side is shown shuffled. */
public record MatchCard(CardMeta meta, String prompt, List<Pair> pairs) implements Card {

  /** One left item and the right item it belongs with. */
  public record Pair(String left, String right) {}

  public MatchCard {
    pairs = List.copyOf(pairs);
  }

  @Override
  public CardType type() {
    return CardType.MATCH;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
