package retain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import retain.schedule.CardState;
import retain.schedule.State;
import retain.session.Correction;
import retain.store.CardKey;
import retain.store.StoredCardState;

class CorrectionTextTest {

  private static final CardKey KEY = new CardKey("belarus-russia-2022", "minsk-visit");

  private static StoredCardState state(double stability, String due, int days, String hash) {
    return new StoredCardState(
        hash,
        new CardState(
            State.REVIEW,
            stability,
            5.5,
            Instant.parse(due),
            Optional.of(Instant.parse("2022-12-19T10:00:00Z")),
            days,
            0,
            3,
            1));
  }

  @Test
  void everyFieldThatDiffersIsListedOldToNewInAFixedOrder() {
    var stored = state(12.5, "2023-01-01T10:00:00Z", 13, "old");
    var rebuilt = state(12.25, "2022-12-31T10:00:00Z", 12, "new");

    assertThat(CorrectionText.line(new Correction(KEY, Optional.of(stored), Optional.of(rebuilt))))
        .isEqualTo(
            "belarus-russia-2022/minsk-visit: stability 12.5 -> 12.25,"
                + " due 2023-01-01T10:00:00Z -> 2022-12-31T10:00:00Z, scheduled days 13 -> 12,"
                + " content hash old -> new");
  }
}
