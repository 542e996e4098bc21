package retain.report;

import java.util.Locale;
import java.util.stream.Collectors;
import retain.schedule.FitEvaluation;
import retain.schedule.Optimization;
import retain.text.Json;

/** {@code retain optimize}'s result as text for people and as a JSON tree for scripts. */
public final class OptimizationReport {

  private OptimizationReport() {}

  /** The weights, then log loss and RMSE (bins) on the held-out reviews per set of weights. */
  public static String text(Optimization r) {
    StringBuilder s = new StringBuilder();
    s.append(
        r.fittedBeatDefaults()
            ? "fitted weights:\n"
            : "the defaults predict better than weights fitted to so few reviews; keeping:\n");
    s.append(
            r.parameters().stream()
                .map(w -> String.format(Locale.ROOT, "%.4f", w))
                .collect(Collectors.joining(", ")))
        .append("\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "held-out reviews: %d (the newest fifth; %d reviews of %d cards read)%n",
            r.result().reviews(),
            r.reviews(),
            r.cards()));
    s.append(String.format(Locale.ROOT, "%-10s %9s %11s%n", "weights", "log loss", "RMSE (bins)"));
    row(s, "defaults", r.defaults());
    row(s, "current", r.current());
    row(s, r.fittedBeatDefaults() ? "fitted" : "kept", r.result());
    return s.toString();
  }

  private static void row(StringBuilder s, String name, FitEvaluation e) {
    s.append(
        String.format(
            Locale.ROOT, "%-10s %9.4f %10.2f%%%n", name, e.logLoss(), 100 * e.rmseBins()));
  }

  /** {@code {"parameters": [21 numbers], "reviews", "cards", "evaluation": {...}}}. */
  public static Object json(Optimization r) {
    return Json.object(
        "parameters", r.parameters(),
        "reviews", r.reviews(),
        "cards", r.cards(),
        "evaluation",
            Json.object(
                "heldOutReviews", r.result().reviews(),
                "fittedBeatDefaults", r.fittedBeatDefaults(),
                "defaults", figures(r.defaults()),
                "current", figures(r.current()),
                "result", figures(r.result())));
  }

  private static Object figures(FitEvaluation e) {
    return Json.object("logLoss", e.logLoss(), "rmseBins", e.rmseBins());
  }
}
