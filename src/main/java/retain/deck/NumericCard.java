package retain.deck;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number, optionally with a unit and a tolerance.
 *
 * @param bound whether the figure is exact, a bound or an approximation
 */
public record NumericCard(
    CardMeta meta,
    String prompt,
    BigDecimal answer,
    Tolerance tolerance,
    Optional<String> unit,
    Bound bound)
    implements Card {

  /** An exact figure. */
  public NumericCard(
      CardMeta meta, String prompt, BigDecimal answer, Tolerance tolerance, Optional<String> unit) {
    this(meta, prompt, answer, tolerance, unit, Bound.EXACT);
  }

  @Override
  public CardType type() {
    return CardType.NUMERIC;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
