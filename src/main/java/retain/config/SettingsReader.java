package retain.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import retain.schedule.FsrsParameters;
import retain.schedule.StudyLimits;
import retain.yaml.Fields;
import retain.yaml.Loaded;
import retain.yaml.Problems;
import retain.yaml.YamlParser;
import retain.yaml.YamlValue;

/** Reads config.yaml: every key optional, every mistake reported with its line and column. */
public final class SettingsReader {

  static final List<String> KEYS =
      List.of(
          "desired_retention",
          "new_per_day",
          "reviews_per_day",
          "learning_steps",
          "relearning_steps",
          "maximum_interval",
          "fuzz",
          "day_starts_at",
          "exam",
          "weights");

  private final Fields fields;
  private final Problems problems;

  private SettingsReader(Fields fields, Problems problems) {
    this.fields = fields;
    this.problems = problems;
  }

  /**
   * Reads {@code bytes}, named {@code file} in problems: the settings (defaults where a value is
   * missing) unless a problem is an error. An empty file means the defaults.
   */
  public static Loaded<Settings> read(String file, byte[] bytes) {
    Problems problems = new Problems(file);
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return new Loaded<>(Optional.of(Settings.DEFAULTS), List.of());
    }
    Optional<YamlValue> root = YamlParser.parse(bytes, problems);
    if (root.isPresent() && !(root.get() instanceof YamlValue.Mapping)) {
      problems.error(
          root.get(),
          "not-config",
          "config.yaml should be a mapping of settings, found " + root.get().describe());
    }
    Optional<Settings> settings =
        root.filter(YamlValue.Mapping.class::isInstance)
            .map(
                mapping ->
                    new SettingsReader(
                            new Fields((YamlValue.Mapping) mapping, problems, "config.yaml"),
                            problems)
                        .settings());
    return new Loaded<>(problems.hasErrors() ? Optional.empty() : settings, problems.list());
  }

  private Settings settings() {
    fields.allowOnly(KEYS);
    Settings defaults = Settings.DEFAULTS;
    FsrsParameters fsrs = defaults.parameters();
    double retention =
        number(
                "desired_retention",
                Double::parseDouble,
                r -> r > 0 && r < 1,
                "a number between 0 and 1 such as 0.9")
            .orElse(fsrs.desiredRetention());
    int maximum =
        number(
                "maximum_interval",
                Integer::parseInt,
                days -> days >= 1,
                "a whole number of days, at least 1")
            .orElse(fsrs.maximumInterval());
    List<Duration> learning = steps("learning_steps").orElse(fsrs.learningSteps());
    List<Duration> relearning = steps("relearning_steps").orElse(fsrs.relearningSteps());
    boolean fuzz = fields.flag("fuzz", fsrs.fuzz());
    int newPerDay =
        number("new_per_day", Integer::parseInt, n -> n >= 0, "a whole number, 0 or more")
            .orElse(defaults.limits().newPerDay());
    int reviews =
        number("reviews_per_day", Integer::parseInt, n -> n >= 0, "a whole number, 0 or more")
            .orElse(defaults.limits().reviewsPerDay());
    LocalTime dayStart = dayStart().orElse(defaults.dayStartsAt());
    List<Double> weights = weights().orElse(fsrs.weights());
    return new Settings(
        fsrs.withWeights(weights)
            .withDesiredRetention(retention)
            .withMaximumInterval(maximum)
            .withSteps(learning, relearning)
            .withFuzz(fuzz),
        new StudyLimits(newPerDay, reviews),
        dayStart,
        exam());
  }

  private <T> Optional<T> number(
      String key,
      Function<String, T> parse,
      java.util.function.Predicate<T> valid,
      String expected) {
    Optional<YamlValue.Scalar> text = fields.text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      T value = parse.apply(text.get().text().strip());
      if (valid.test(value)) {
        return Optional.of(value);
      }
    } catch (NumberFormatException notANumber) {
      // reported below, like a number out of range
    }
    problems.error(
        text.get(),
        "bad-setting",
        "'" + key + "' should be " + expected + ", found '" + text.get().text() + "'");
    return Optional.empty();
  }

  private Optional<List<Duration>> steps(String key) {
    Optional<List<YamlValue.Scalar>> written = fields.textList(key);
    if (fields
        .mapping()
        .find(key)
        .filter(v -> v instanceof YamlValue.Sequence s && s.items().isEmpty())
        .isPresent()) {
      return Optional.of(List.of());
    }
    if (written.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> steps = new ArrayList<>();
    for (YamlValue.Scalar step : written.get()) {
      try {
        steps.add(FsrsParameters.parseStep(step.text()));
      } catch (IllegalArgumentException e) {
        problems.error(
            step,
            "bad-setting",
            "a step in '"
                + key
                + "' should be minutes, hours or days such as 10m, 1h or 1d, found '"
                + step.text()
                + "'");
        return Optional.empty();
      }
    }
    return Optional.of(steps);
  }

  /** FSRS weights, as {@code retain optimize --apply} writes them: 21 numbers (or 19 or 17). */
  private Optional<List<Double>> weights() {
    Optional<List<YamlValue.Scalar>> written = fields.textList("weights");
    if (written.isEmpty()) {
      return Optional.empty();
    }
    List<Double> weights = new ArrayList<>();
    for (YamlValue.Scalar weight : written.get()) {
      try {
        double w = Double.parseDouble(weight.text().strip());
        if (Double.isFinite(w)) {
          weights.add(w);
          continue;
        }
      } catch (NumberFormatException notANumber) {
        // reported below, like an infinite number
      }
      problems.error(
          weight,
          "bad-setting",
          "each of 'weights' should be a number, found '" + weight.text() + "'");
      return Optional.empty();
    }
    int n = weights.size();
    if (n != 21 && n != 19 && n != 17) {
      problems.error(
          fields.mapping().find("weights").orElseThrow(),
          "bad-setting",
          "'weights' should list 21 FSRS-6 weights (or 19 or 17 of an older FSRS), found " + n);
      return Optional.empty();
    }
    return Optional.of(weights);
  }

  private Optional<LocalDate> exam() {
    Optional<YamlValue.Scalar> text = fields.text("exam");
    try {
      return text.map(t -> LocalDate.parse(t.text().strip()));
    } catch (DateTimeParseException e) {
      problems.error(
          text.get(),
          "bad-setting",
          "'exam' should be a date such as 2026-12-21, found '" + text.get().text() + "'");
      return Optional.empty();
    }
  }

  private Optional<LocalTime> dayStart() {
    Optional<YamlValue.Scalar> text = fields.text("day_starts_at");
    try {
      return text.map(
          t ->
              LocalTime.parse(
                  t.text().strip().length() == 4 ? "0" + t.text().strip() : t.text().strip()));
    } catch (DateTimeParseException e) {
      problems.error(
          text.get(),
          "bad-setting",
          "'day_starts_at' should be a time of day such as 04:00, found '"
              + text.get().text()
              + "'");
      return Optional.empty();
    }
  }
}
