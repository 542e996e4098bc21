package retain.deck;

import java.util.List;

/**
 * A free-text answer.
 *
 * @param accept other answers that count as exact
 * @param typos whether small typos are tolerated ({@code typos: 0} in a deck turns this off)
 * @param person whether the answer is a person's name ({@code person: true}), so that a surname
 *     alone, with initials or with a title is right
 */
public record ShortCard(
    CardMeta meta, String prompt, String answer, List<String> accept, boolean typos, boolean person)
    implements Card {

  public ShortCard {
    accept = List.copyOf(accept);
  }

  /** A card whose answer is not a person's name. */
  public ShortCard(
      CardMeta meta, String prompt, String answer, List<String> accept, boolean typos) {
    this(meta, prompt, answer, accept, typos, false);
  }

  @Override
  public CardType type() {
    return CardType.SHORT;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
