package retain.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and percentages as reports show them: a few decimals, no trailing zeros. */
public final class Numbers {

  private Numbers() {}

  /** 60.5 as {@code 60.5}, 75.0 as {@code 75}, 2/3 as {@code 0.67}. */
  public static BigDecimal rounded(double value) {
    return rounded(value, 2);
  }

  /** {@code value} to at most {@code places} decimals, half up, without trailing zeros. */
  public static BigDecimal rounded(double value, int places) {
    BigDecimal decimal =
        BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }
}
