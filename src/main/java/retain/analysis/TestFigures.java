package retain.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The whole test's figures; scores in percent.
 *
 * @param alpha Cronbach's alpha, which is KR-20 when every item scores 0 or 1 ({@code kr20}); empty
 *     with fewer than two items or when every student scored the same
 * @param sem the standard error of measurement: sd × √(1 − alpha)
 * @param distribution students per tenth of the scale: 0–10%, 10–20% … 90–100% (100 in the last)
 */
public record TestFigures(
    int students,
    int items,
    double mean,
    double median,
    double sd,
    OptionalDouble skewness,
    OptionalDouble kurtosis,
    OptionalDouble alpha,
    boolean kr20,
    OptionalDouble sem,
    List<Integer> distribution) {

  public TestFigures {
    distribution = List.copyOf(distribution);
  }
}
