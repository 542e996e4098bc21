package retain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static final Instant NOW = Instant.parse("2022-12-19T10:00:00Z");
  private final Texts texts = new Texts(Clock.fixed(NOW, ZoneOffset.UTC));

  private String when(Duration until) {
    return texts.when(NOW.plus(until));
  }

  @Test
  void aStepSecondsAfterGradingIsShownAtItsLength() {
    assertThat(when(Duration.ofMinutes(10).minusSeconds(2))).isEqualTo("in 10 minutes");
    assertThat(when(Duration.ofSeconds(58))).isEqualTo("in 1 minute");
  }

  @Test
  void underHalfAMinuteIsNow() {
    assertThat(when(Duration.ofSeconds(20))).isEqualTo("now");
    assertThat(when(Duration.ofSeconds(-5))).isEqualTo("now");
  }

  @Test
  void hoursAndDaysKeepTheirForm() {
    assertThat(when(Duration.ofMinutes(200))).isEqualTo("in 3 h 20 min");
    assertThat(when(Duration.ofDays(3))).isEqualTo("in 3 days (Thu 22 Dec 2022)");
  }

  private static Summary lasting(Duration spent) {
    return new Summary("d", 2, 1, 1, spent, List.of(), 0, false);
  }

  @Test
  void aSessionWhereNoTimePassedDoesNotClaimZeroSeconds() {
    assertThat(texts.summary(lasting(Duration.ZERO)).get(0))
        .isEqualTo("d: 2 answered, 1 right (50%)");
    assertThat(texts.summary(lasting(Duration.ofSeconds(14))).get(0))
        .isEqualTo("d: 2 answered, 1 right (50%) in 14 s");
  }
}
