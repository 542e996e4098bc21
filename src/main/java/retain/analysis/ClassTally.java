package retain.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The second pass over a class's reports: each counted report is added once and dropped, leaving
 * per-item sums and one row per student; {@link #report} computes every figure from them.
 */
public final class ClassTally {

  /** A student's points and per-topic sums (points, items). */
  private record Points(String who, double total, Map<String, double[]> topics) {}

  private final List<String> items;
  private final Map<String, ItemTally> tallies = new LinkedHashMap<>();
  private final Map<String, double[]> topics = new LinkedHashMap<>();
  private final List<Points> students = new ArrayList<>();
  private boolean binary = true;
  private String deck = "";

  /** Compares {@code items}, the ones every counted report has ({@link Roster#commonItems}). */
  public ClassTally(List<String> items) {
    this.items = List.copyOf(items);
  }

  /** Adds one student's report. */
  public void add(ExamSheet sheet) {
    deck = sheet.deck();
    Map<String, Answer> byItem = new LinkedHashMap<>();
    sheet.answers().forEach(answer -> byItem.put(answer.item(), answer));
    List<Answer> compared = items.stream().map(byItem::get).filter(a -> a != null).toList();
    double total = compared.stream().mapToDouble(Answer::score).sum();
    Map<String, double[]> own = new LinkedHashMap<>();
    for (Answer answer : compared) {
      tallies.computeIfAbsent(answer.item(), item -> new ItemTally(answer)).add(answer, total);
      binary &= answer.score() == 0 || answer.score() == 1;
      answer
          .topic()
          .ifPresent(
              topic -> {
                add(topics, topic, answer.score());
                add(own, topic, answer.score());
              });
    }
    students.add(new Points(sheet.who(), total, own));
  }

  private static void add(Map<String, double[]> sums, String topic, double score) {
    double[] sum = sums.computeIfAbsent(topic, t -> new double[2]);
    sum[0] += score;
    sum[1]++;
  }

  /** Every figure of the class, with the notes the first pass made. */
  public ClassReport report(List<String> notes) {
    int k = tallies.size();
    double[] totals = students.stream().mapToDouble(s -> percent(s.total(), k)).toArray();
    List<ItemFigures> figures = tallies.values().stream().map(t -> t.figures(k)).toList();
    Map<String, Double> topicMeans = new LinkedHashMap<>();
    topics.forEach((topic, sum) -> topicMeans.put(topic, 100 * sum[0] / sum[1]));
    return new ClassReport(
        deck, test(totals, k), figures, topicMeans, rows(totals), Flags.of(figures), notes);
  }

  private TestFigures test(double[] totals, int k) {
    OptionalDouble alpha = alpha(k);
    double sd = Moments.sd(totals);
    OptionalDouble sem =
        alpha.isPresent()
            ? OptionalDouble.of(sd * Math.sqrt(Math.max(0, 1 - alpha.getAsDouble())))
            : OptionalDouble.empty();
    List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    for (double total : totals) {
      int tenth = Math.min(9, (int) Math.floor(total / 10 + 1e-9));
      distribution.set(tenth, distribution.get(tenth) + 1);
    }
    return new TestFigures(
        totals.length,
        k,
        Moments.mean(totals),
        Moments.median(totals),
        sd,
        Moments.skewness(totals),
        Moments.kurtosis(totals),
        alpha,
        binary,
        sem,
        distribution);
  }

  /** Cronbach's alpha: k / (k − 1) × (1 − Σ item variances / total variance). */
  private OptionalDouble alpha(int k) {
    double[] points = students.stream().mapToDouble(Points::total).toArray();
    double n = points.length;
    double mean = Moments.mean(points);
    double variance = 0;
    for (double p : points) {
      variance += (p - mean) * (p - mean) / n;
    }
    if (k < 2 || variance <= 1e-12) {
      return OptionalDouble.empty();
    }
    double items = tallies.values().stream().mapToDouble(ItemTally::variance).sum();
    return OptionalDouble.of(k / (k - 1.0) * (1 - items / variance));
  }

  private List<StudentRow> rows(double[] totals) {
    List<StudentRow> rows = new ArrayList<>();
    for (int i = 0; i < totals.length; i++) {
      double score = totals[i];
      long below = java.util.Arrays.stream(totals).filter(t -> t < score - 1e-9).count();
      long same = java.util.Arrays.stream(totals).filter(t -> Math.abs(t - score) <= 1e-9).count();
      Map<String, Double> own = new LinkedHashMap<>();
      students.get(i).topics().forEach((topic, sum) -> own.put(topic, 100 * sum[0] / sum[1]));
      rows.add(
          new StudentRow(
              students.get(i).who(), score, 100 * (below + same / 2.0) / totals.length, own));
    }
    return rows;
  }

  private static double percent(double points, int items) {
    return items == 0 ? 0 : 100 * points / items;
  }
}
