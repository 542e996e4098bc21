package retain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import retain.readiness.Forecast;
import retain.readiness.TopicForecast;

class ExamPanelTest {

  /** A topic is deck text: the exam lines show its control characters, never send them. */
  @Test
  void topicNamesReachTheTerminalEscaped() {
    var topic = new TopicForecast(Optional.of("gas\u001b]0;pwned\u0007"), 3, 1, 0.4, 0.5, 2);
    var forecast =
        new Forecast(
            Instant.parse("2022-12-19T10:00:00Z"),
            Instant.parse("2023-01-20T09:00:00Z"),
            0.9,
            32,
            List.of(),
            List.of(topic),
            OptionalInt.empty());

    List<String> lines = ExamPanel.render(forecast, Look.ASCII, ZoneOffset.UTC, 80);

    assertThat(String.join("\n", lines)).doesNotContain("\u001b", "\u0007").contains("gas");
  }
}
