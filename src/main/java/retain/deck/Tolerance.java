package retain.deck;

import java.math.BigDecimal;

/** How far a numeric answer may be from the expected one and still count. */
public sealed interface Tolerance {

  /** Exactly right: no tolerance. */
  Tolerance EXACT = new Absolute(BigDecimal.ZERO);

  /** Whether {@code given} is close enough to {@code expected}. */
  boolean accepts(BigDecimal expected, BigDecimal given);

  /** Within a fixed distance, such as {@code tolerance: 0.5}. */
  record Absolute(BigDecimal amount) implements Tolerance {
    public Absolute {
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("tolerance must not be negative: " + amount);
      }
    }

    @Override
    public boolean accepts(BigDecimal expected, BigDecimal given) {
      return expected.subtract(given).abs().compareTo(amount) <= 0;
    }
  }

  /** Within a share of the expected value, such as {@code tolerance: "1%"}. */
  record Relative(BigDecimal percent) implements Tolerance {
    public Relative {
      if (percent.signum() < 0) {
        throw new IllegalArgumentException("tolerance must not be negative: " + percent + "%");
      }
    }

    @Override
    public boolean accepts(BigDecimal expected, BigDecimal given) {
      BigDecimal allowed = expected.abs().multiply(percent).movePointLeft(2);
      return expected.subtract(given).abs().compareTo(allowed) <= 0;
    }
  }
}
