package retain.deck;

/**
 * What a numeric card's figure means ({@code bound:} in a deck): the figure itself, or a lower or
 * upper bound of it ("more than 60%"), or an approximation ("about 60%").
 */
public enum Bound {
  /** The figure itself; the default. */
  EXACT,
  /** The true value is the figure or more: {@code bound: lower}. */
  LOWER,
  /** The true value is the figure or less: {@code bound: upper}. */
  UPPER,
  /** The figure is approximate: {@code bound: about}. */
  ABOUT;

  /** How a deck writes it: {@code lower}, {@code upper}, {@code about}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
