package retain.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import retain.yaml.Loaded;
import retain.yaml.Problem;

class SettingsReaderTest {

  private static Loaded<Settings> read(String yaml) {
    return SettingsReader.read("config.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFileMeansTheDefaults() {
    var result = read("");

    assertThat(result.value()).contains(Settings.DEFAULTS);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsEverySetting() {
    var result =
        read(
            """
            desired_retention: 0.85
            new_per_day: 5
            reviews_per_day: 50
            learning_steps: [2m, 15m, 1h]
            relearning_steps: []
            maximum_interval: 365
            fuzz: false
            day_starts_at: "05:30"
            """);

    Settings settings = result.value().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(settings.parameters().desiredRetention()).isEqualTo(0.85);
    assertThat(settings.parameters().learningSteps())
        .containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofHours(1));
    assertThat(settings.parameters().relearningSteps()).isEmpty();
    assertThat(settings.parameters().maximumInterval()).isEqualTo(365);
    assertThat(settings.parameters().fuzz()).isFalse();
    assertThat(settings.limits().newPerDay()).isEqualTo(5);
    assertThat(settings.limits().reviewsPerDay()).isEqualTo(50);
    assertThat(settings.dayStartsAt()).isEqualTo(LocalTime.of(5, 30));
  }

  @Test
  void unquotedTimeOfDayIsReadAsWritten() {
    assertThat(read("day_starts_at: 4:00\n").value().orElseThrow().dayStartsAt())
        .isEqualTo(LocalTime.of(4, 0));
  }

  @Test
  void mistakesAreReportedWithLineAndColumn() {
    var result =
        read(
            "desired_retention: 1.5\nnew_per_dya: 3\nlearning_steps: [10x]\nday_starts_at: noon\n");

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "config.yaml:1:20: error: 'desired_retention' should be a number between 0 and 1 such as 0.9, found '1.5'",
            "config.yaml:2:1: error: unknown key 'new_per_dya' in config.yaml; did you mean 'new_per_day'?",
            "config.yaml:3:18: error: a step in 'learning_steps' should be minutes, hours or days such as 10m, 1h or 1d, found '10x'",
            "config.yaml:4:16: error: 'day_starts_at' should be a time of day such as 04:00, found 'noon'");
    assertThat(result.value()).isEmpty();
  }

  @Test
  void everyKeyIsDocumented() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/configuration.md"));

    assertThat(SettingsReader.KEYS)
        .allSatisfy(key -> assertThat(docs).contains("| `" + key + "` |"));
  }
}
