package retain.deck;

import java.math.BigDecimal;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/** Reads a numeric card: its number, its tolerance (absolute or "N%") and its unit. */
final class NumericReader {

  private NumericReader() {}

  static Optional<Card> read(CardMeta meta, String q, Fields fields, Problems problems) {
    Optional<YamlValue.Scalar> answer = fields.requireText("a", "the number");
    Optional<BigDecimal> number = answer.flatMap(a -> number(a, "'a' of a numeric card", problems));
    Optional<Tolerance> tolerance = tolerance(fields, problems);
    Optional<String> unit = fields.string("unit");
    Optional<Bound> bound = bound(fields, problems);
    if (number.isEmpty() || tolerance.isEmpty() || bound.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new NumericCard(meta, q, number.get(), tolerance.get(), unit, bound.get()));
  }

  /** {@code bound: lower | upper | about}; absent means an exact figure. */
  private static Optional<Bound> bound(Fields fields, Problems problems) {
    Optional<YamlValue> written = fields.mapping().find("bound");
    if (written.isEmpty()) {
      return Optional.of(Bound.EXACT);
    }
    Optional<Bound> bound =
        written.get() instanceof YamlValue.Scalar scalar
            ? java.util.Arrays.stream(Bound.values())
                .filter(b -> b != Bound.EXACT && b.key().equals(scalar.text().strip()))
                .findFirst()
            : Optional.empty();
    if (bound.isEmpty()) {
      problems.error(
          written.get(),
          "bad-bound",
          "'bound' should be lower (the figure or more), upper (the figure or less) or about,"
              + " found "
              + written.get().describe());
    }
    return bound;
  }

  private static Optional<Tolerance> tolerance(Fields fields, Problems problems) {
    Optional<YamlValue.Scalar> written = fields.text("tolerance");
    if (written.isEmpty()) {
      return fields.mapping().find("tolerance").isPresent()
          ? Optional.empty()
          : Optional.of(Tolerance.EXACT);
    }
    String text = written.get().text().strip();
    boolean relative = text.endsWith("%");
    String amount = relative ? text.substring(0, text.length() - 1) : text;
    Optional<BigDecimal> number = number(written.get(), amount, "'tolerance'", problems);
    if (number.isPresent() && number.get().signum() < 0) {
      problems.error(
          written.get(), "bad-number", "'tolerance' must not be negative, found '" + text + "'");
      return Optional.empty();
    }
    return number.map(n -> relative ? new Tolerance.Relative(n) : new Tolerance.Absolute(n));
  }

  private static Optional<BigDecimal> number(YamlValue.Scalar at, String what, Problems problems) {
    return number(at, at.text(), what, problems);
  }

  private static Optional<BigDecimal> number(
      YamlValue.Scalar at, String text, String what, Problems problems) {
    try {
      BigDecimal number = new BigDecimal(text.strip().replace("_", ""));
      if (Double.isInfinite(number.doubleValue())) {
        // grading compares doubles: 1e400 became infinity, matching no answer or every one
        problems.error(
            at,
            "bad-number",
            what + " is too large to compare answers with, found '" + at.text() + "'");
        return Optional.empty();
      }
      return Optional.of(number);
    } catch (NumberFormatException e) {
      problems.error(
          at, "bad-number", what + " should be a number such as 128.5, found '" + at.text() + "'");
      return Optional.empty();
    }
  }
}
