package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Replays the ts-fsrs 5.4.2 reference vectors (fsrs-spec §1): after every review, all four outcomes
 * must match. Set {@code -Dfsrs.vectors=FILE} to replay another file of the same format.
 */
class FsrsReferenceTest {

  /** The tolerance fsrs-spec §1 gives for S, D and R. */
  private static final double RELATIVE_TOLERANCE = 1e-6;

  private static final List<String> RATINGS = List.of("1", "2", "3", "4");

  @TestFactory
  Stream<DynamicTest> everySequenceMatchesTsFsrs() throws IOException {
    Map<String, Object> vectors = load();
    Map<String, Object> defaults = map(vectors.get("defaults"));
    List<Map<String, Object>> sequences = list(vectors.get("sequences"));
    assertThat(sequences).as("sequences in the vectors file").isNotEmpty();
    return sequences.stream()
        .map(
            sequence ->
                DynamicTest.dynamicTest(
                    (String) sequence.get("id"), () -> replay(sequence, defaults)));
  }

  private static void replay(Map<String, Object> sequence, Map<String, Object> defaults) {
    Scheduler scheduler = new Scheduler(parameters(map(sequence.get("config")), defaults), 0);
    CardState card = CardState.newCard(Instant.parse((String) sequence.get("start")));
    List<Map<String, Object>> reviews = list(sequence.get("reviews"));
    for (int i = 0; i < reviews.size(); i++) {
      Map<String, Object> review = reviews.get(i);
      Instant now = Instant.parse((String) review.get("review"));
      String where = sequence.get("id") + ", review " + (i + 1) + " at " + now;
      assertThat(card.state().name())
          .as(where + ": state before")
          .isEqualTo(upper(review, "state_before"));
      assertRetrievability(
          where, review.get("retrievability"), scheduler.retrievability(card, now));
      Outcomes outcomes = scheduler.outcomes(card, now);
      for (String rating : RATINGS) {
        CardState outcome = outcomes.of(Rating.ofGrade(Integer.parseInt(rating)));
        assertCard(
            where + ", outcome " + rating, map(map(review.get("outcomes")).get(rating)), outcome);
      }
      card = outcomes.of(Rating.ofGrade(number(review, "rating").intValue()));
      assertCard(where + ", rated " + review.get("rating"), review, card);
    }
  }

  private static void assertCard(String where, Map<String, Object> expected, CardState actual) {
    assertThat(actual.state().name()).as(where + ": state").isEqualTo(upper(expected, "state"));
    assertClose(
        where + ": stability", number(expected, "stability").doubleValue(), actual.stability());
    assertClose(
        where + ": difficulty", number(expected, "difficulty").doubleValue(), actual.difficulty());
    assertThat(actual.due())
        .as(where + ": due")
        .isEqualTo(Instant.parse((String) expected.get("due")));
    assertThat(actual.scheduledDays())
        .as(where + ": scheduled_days")
        .isEqualTo(number(expected, "scheduled_days").intValue());
    assertThat(actual.step()).as(where + ": step").isEqualTo(number(expected, "step").intValue());
    assertThat(actual.reps()).as(where + ": reps").isEqualTo(number(expected, "reps").intValue());
    assertThat(actual.lapses())
        .as(where + ": lapses")
        .isEqualTo(number(expected, "lapses").intValue());
  }

  private static void assertRetrievability(String where, Object expected, OptionalDouble actual) {
    if (expected == null) {
      assertThat(actual).as(where + ": retrievability of a new card").isEmpty();
    } else {
      assertThat(actual).as(where + ": retrievability").isPresent();
      assertClose(
          where + ": retrievability", ((Number) expected).doubleValue(), actual.getAsDouble());
    }
  }

  /** The one comparison of doubles in FSRS tests: relative, within {@link #RELATIVE_TOLERANCE}. */
  static void assertClose(String what, double expected, double actual) {
    if (Math.abs(actual - expected) > RELATIVE_TOLERANCE * Math.abs(expected)) {
      fail("%s: expected %s, got %s", what, expected, actual);
    }
  }

  /** Every setting from the sequence's config, falling back to the file's defaults. */
  private static FsrsParameters parameters(
      Map<String, Object> config, Map<String, Object> defaults) {
    return new FsrsParameters(
        list(setting("w", config, defaults)).stream().map(w -> ((Number) w).doubleValue()).toList(),
        ((Number) setting("request_retention", config, defaults)).doubleValue(),
        ((Number) setting("maximum_interval", config, defaults)).intValue(),
        steps(setting("learning_steps", config, defaults)),
        steps(setting("relearning_steps", config, defaults)),
        (Boolean) setting("enable_short_term", config, defaults),
        (Boolean) setting("enable_fuzz", config, defaults));
  }

  private static Object setting(
      String key, Map<String, Object> config, Map<String, Object> defaults) {
    Object value = config.containsKey(key) ? config.get(key) : defaults.get(key);
    assertThat(value).as("setting " + key).isNotNull();
    return value;
  }

  private static List<Duration> steps(Object texts) {
    return list(texts).stream().map(text -> FsrsParameters.parseStep((String) text)).toList();
  }

  private static Map<String, Object> load() throws IOException {
    String file = System.getProperty("fsrs.vectors");
    String json;
    if (file != null && !file.isBlank()) {
      json = Files.readString(Path.of(file));
    } else {
      try (InputStream in =
          FsrsReferenceTest.class.getResourceAsStream("/fsrs/vectors-public.json")) {
        assertThat(in).as("resource /fsrs/vectors-public.json").isNotNull();
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return new Yaml(options).load(json);
  }

  private static String upper(Map<String, Object> object, String key) {
    return ((String) object.get(key)).toUpperCase(Locale.ROOT);
  }

  private static Number number(Map<String, Object> object, String key) {
    return (Number) object.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return (List<T>) value;
  }
}
