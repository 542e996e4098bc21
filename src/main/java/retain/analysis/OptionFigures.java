package retain.analysis;

import java.util.OptionalDouble;

/**
 * How the class used one choice of a choice or multi item.
 *
 * @param share percent of the students who picked it
 * @param meanRest the mean rest-of-test score (percent) of those who picked it; empty when nobody
 * @param favouredByStrong a wrong choice whose pickers did better on the rest of the test than the
 *     students who left it alone
 */
public record OptionFigures(
    String text,
    boolean right,
    int picks,
    double share,
    OptionalDouble meanRest,
    boolean favouredByStrong) {}
