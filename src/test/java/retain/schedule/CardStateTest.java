package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardStateTest {

  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void aNewCardHasNoMemoryYet() {
    assertThat(CardState.newCard(T).memory()).isEqualTo(MemoryState.NONE);
    assertThat(MemoryState.NONE.isNone()).isTrue();
  }

  @Test
  void rejectsNegativeOrNanStabilityQuotingIt() {
    assertThatThrownBy(
            () -> new CardState(State.REVIEW, Double.NaN, 5, T, Optional.of(T), 1, 0, 1, 0))
        .hasMessage("stability and difficulty must be >= 0, got S=NaN D=5.0");
  }

  @Test
  void rejectsNegativeCountersQuotingThem() {
    assertThatThrownBy(() -> new CardState(State.REVIEW, 3, 5, T, Optional.of(T), 1, 0, -1, 0))
        .hasMessage("counters must be >= 0, got scheduledDays=1 step=0 reps=-1 lapses=0");
  }

  @Test
  void memoryStateRejectsNegativeStability() {
    assertThatThrownBy(() -> new MemoryState(-1, 5))
        .hasMessage("stability must be finite and >= 0, got -1.0");
  }
}
