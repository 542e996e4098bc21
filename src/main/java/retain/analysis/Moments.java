package retain.analysis;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Descriptive statistics of a sample, by the formulas spreadsheets use (docs/report.md): the
 * standard deviation with n − 1, skewness as Excel's SKEW and kurtosis as Excel's KURT (excess).
 */
final class Moments {

  private Moments() {}

  static double mean(double[] values) {
    return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Sample standard deviation; 0 with fewer than two values. */
  static double sd(double[] values) {
    return values.length < 2
        ? 0
        : Math.sqrt(central(values, 2) * values.length / (values.length - 1));
  }

  /** Adjusted Fisher–Pearson skewness; empty below three values or without spread. */
  static OptionalDouble skewness(double[] values) {
    int n = values.length;
    double m2 = central(values, 2);
    if (n < 3 || m2 <= 1e-12) {
      return OptionalDouble.empty();
    }
    double g1 = central(values, 3) / Math.pow(m2, 1.5);
    return OptionalDouble.of(Math.sqrt((double) n * (n - 1)) / (n - 2) * g1);
  }

  /** Sample excess kurtosis; empty below four values or without spread. */
  static OptionalDouble kurtosis(double[] values) {
    int n = values.length;
    double m2 = central(values, 2);
    if (n < 4 || m2 <= 1e-12) {
      return OptionalDouble.empty();
    }
    double g2 = central(values, 4) / (m2 * m2) - 3;
    return OptionalDouble.of(((n + 1) * g2 + 6) * (n - 1) / ((double) (n - 2) * (n - 3)));
  }

  /** The population central moment of order {@code k}. */
  private static double central(double[] values, int k) {
    double mean = mean(values);
    return Arrays.stream(values).map(v -> Math.pow(v - mean, k)).sum() / values.length;
  }

  /**
   * Pearson's correlation from sums over n pairs; empty when either side does not vary, where the
   * correlation is undefined rather than 0.
   */
  static OptionalDouble correlation(
      int n, double sumX, double sumXx, double sumY, double sumYy, double sumXy) {
    double varX = sumXx / n - (sumX / n) * (sumX / n);
    double varY = sumYy / n - (sumY / n) * (sumY / n);
    if (n < 2 || varX <= 1e-12 || varY <= 1e-12) {
      return OptionalDouble.empty();
    }
    double cov = sumXy / n - (sumX / n) * (sumY / n);
    return OptionalDouble.of(cov / Math.sqrt(varX * varY));
  }
}
