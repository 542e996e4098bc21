package retain.deck;

import java.util.List;

/**
 * A free-text answer.
 *
 * @param accept other answers that count as exact
 * @param typos whether small typos are tolerated ({@code typos: 0} in a deck turns this off)
 */
public record ShortCard(
    CardMeta meta, String prompt, String answer, List<String> accept, boolean typos)
    implements Card {

  public ShortCard {
    accept = List.copyOf(accept);
  }

  @Override
  public CardType type() {
    return CardType.SHORT;
  }
}
