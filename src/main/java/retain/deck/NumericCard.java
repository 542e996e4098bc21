package retain.deck;

import java.math.BigDecimal;
import java.util.Optional;

/** A number, optionally with a unit and a tolerance. */
public record NumericCard(
    CardMeta meta, String prompt, BigDecimal answer, Tolerance tolerance, Optional<String> unit)
    implements Card {
  @Override
  public CardType type() {
    return CardType.NUMERIC;
  }
}
