package retain.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Running sums for one item over the class, enough for its facility, discrimination and option
 * figures without keeping any student's answers: the rest score is the total minus the item.
 */
final class ItemTally {

  private final Answer first;
  private final Map<String, double[]> options = new LinkedHashMap<>();
  private int students;
  private int attempts;
  private double sumX;
  private double sumXx;
  private double sumXt;
  private double sumT;
  private double sumTt;

  /** Starts from the first report's view of the item: its type, topic, question and choices. */
  ItemTally(Answer first) {
    this.first = first;
    first.choices().forEach(choice -> options.put(choice, new double[2]));
  }

  /** One student's answer, given the student's total points over the compared items. */
  void add(Answer answer, double total) {
    double x = answer.score();
    students++;
    attempts += answer.answered() ? 1 : 0;
    sumX += x;
    sumXx += x * x;
    sumXt += x * total;
    sumT += total;
    sumTt += total * total;
    for (String picked : answer.picked()) {
      double[] tally = options.computeIfAbsent(picked, text -> new double[2]);
      tally[0]++;
      tally[1] += total - x;
    }
  }

  double variance() {
    return students == 0 ? 0 : sumXx / students - (sumX / students) * (sumX / students);
  }

  ItemFigures figures(int items) {
    double n = Math.max(1, students);
    double sumR = sumT - sumX;
    double sumRr = sumTt - 2 * sumXt + sumXx;
    OptionalDouble discrimination =
        Moments.correlation(students, sumX, sumXx, sumR, sumRr, sumXt - sumXx);
    double sd = students < 2 ? 0 : Math.sqrt(variance() * students / (students - 1));
    return new ItemFigures(
        first.item(),
        first.type(),
        first.topic(),
        first.question(),
        students,
        attempts,
        100 * sumX / n,
        100 * sd,
        scaled(discrimination),
        options(sumR, items - 1));
  }

  private List<OptionFigures> options(double sumR, int restItems) {
    List<OptionFigures> figures = new ArrayList<>();
    double scale = restItems <= 0 ? 0 : 100.0 / restItems;
    options.forEach(
        (text, tally) -> {
          int picks = (int) tally[0];
          OptionalDouble meanRest =
              picks == 0 ? OptionalDouble.empty() : OptionalDouble.of(scale * tally[1] / picks);
          int others = students - picks;
          boolean right = first.right().contains(text);
          boolean favoured =
              !right
                  && picks > 0
                  && others > 0
                  && tally[1] / picks > (sumR - tally[1]) / others + 1e-9;
          figures.add(
              new OptionFigures(
                  text, right, picks, 100.0 * picks / Math.max(1, students), meanRest, favoured));
        });
    return figures;
  }

  private static OptionalDouble scaled(OptionalDouble fraction) {
    return fraction.isPresent() ? OptionalDouble.of(100 * fraction.getAsDouble()) : fraction;
  }
}
