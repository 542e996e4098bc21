package retain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and percentages as reports show them: at most two decimals, no trailing zeros. */
final class Numbers {

  private Numbers() {}

  /** 60.5 as {@code 60.5}, 75.0 as {@code 75}, 2/3 as {@code 0.67}. */
  static BigDecimal rounded(double value) {
    BigDecimal decimal =
        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }
}
