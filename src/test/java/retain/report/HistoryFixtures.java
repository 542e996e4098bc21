package retain.report;

import java.time.Instant;
import java.util.Optional;
import retain.schedule.CardState;
import retain.schedule.Rating;
import retain.schedule.State;
import retain.store.Mode;
import retain.store.ReviewRecord;

/** Reviews for the history renderers: a rated study answer and an unanswered exam item. */
final class HistoryFixtures {

  static final Instant AT = Instant.parse("2022-12-19T22:30:15.250Z");

  private HistoryFixtures() {}

  static ReviewRecord studied() {
    return new ReviewRecord(
        1,
        AT,
        "belarus-russia-2022",
        "minsk-visit",
        "hash",
        Mode.STUDY,
        Optional.of("19 Dec"),
        true,
        1.0,
        Optional.of(Rating.EASY),
        4200,
        Optional.of(
            new CardState(
                State.REVIEW,
                8.2956,
                1.0,
                Instant.parse("2022-12-27T22:30:15.250Z"),
                Optional.of(AT),
                8,
                0,
                1,
                0)));
  }

  static ReviewRecord unansweredExam() {
    return new ReviewRecord(
        2,
        AT,
        "belarus-russia-2022",
        "protocol-date",
        "hash",
        Mode.EXAM,
        Optional.empty(),
        false,
        0.0,
        Optional.empty(),
        0,
        Optional.empty());
  }
}
