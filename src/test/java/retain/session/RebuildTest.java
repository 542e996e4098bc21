package retain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import retain.schedule.CardState;
import retain.schedule.FsrsParameters;
import retain.schedule.Rating;
import retain.schedule.Scheduler;
import retain.schedule.State;
import retain.store.CardKey;
import retain.store.Mode;
import retain.store.ReviewRecord;
import retain.store.StoredCardState;

class RebuildTest {

  private static final Scheduler SESSIONS = new Scheduler(FsrsParameters.defaults(), 0);
  private static final CardKey MINSK = new CardKey("belarus-russia-2022", "minsk-visit");
  private static final CardKey PROTOCOL = new CardKey("belarus-russia-2022", "protocol-date");

  /** Reviews as a session writes them: each one's state follows from the card's last. */
  private final List<ReviewRecord> reviews = new ArrayList<>();

  private final Map<CardKey, StoredCardState> stored = new HashMap<>();

  private void review(CardKey key, Rating rating, String at) {
    Instant now = Instant.parse(at);
    CardState before =
        Optional.ofNullable(stored.get(key))
            .map(StoredCardState::state)
            .orElseGet(() -> CardState.newCard(now));
    CardState after = SESSIONS.review(before, rating, now);
    reviews.add(record(key, now, Optional.of(rating), Optional.of(after)));
    stored.put(key, new StoredCardState("hash-" + key.item(), after));
  }

  private static ReviewRecord record(
      CardKey key, Instant at, Optional<Rating> rating, Optional<CardState> after) {
    return new ReviewRecord(
        1,
        at,
        key.deck(),
        key.item(),
        "hash-" + key.item(),
        rating.isPresent() ? Mode.STUDY : Mode.EXAM,
        Optional.of("answer"),
        rating.map(r -> r != Rating.AGAIN).orElse(true),
        1.0,
        rating,
        1200,
        after);
  }

  /** Two cards over four months, with intervals long enough to be fuzzed. */
  private void studyFourMonths() {
    review(MINSK, Rating.GOOD, "2022-12-19T10:00:00.123Z");
    review(PROTOCOL, Rating.AGAIN, "2022-12-19T10:00:05Z");
    review(MINSK, Rating.GOOD, "2022-12-19T10:11:00Z");
    review(PROTOCOL, Rating.GOOD, "2022-12-19T10:12:00Z");
    review(PROTOCOL, Rating.GOOD, "2022-12-19T10:25:00Z");
    review(MINSK, Rating.GOOD, "2022-12-22T08:00:00Z");
    review(PROTOCOL, Rating.HARD, "2022-12-22T08:01:00Z");
    review(MINSK, Rating.EASY, "2023-01-05T19:30:00Z");
    review(PROTOCOL, Rating.AGAIN, "2023-01-05T19:31:00Z");
    review(PROTOCOL, Rating.GOOD, "2023-01-05T19:45:00Z");
    review(MINSK, Rating.GOOD, "2023-04-20T07:00:00Z");
  }

  private Rebuild replayed() {
    Rebuild rebuild = new Rebuild(SESSIONS);
    reviews.forEach(rebuild);
    return rebuild;
  }

  @Test
  void replayGivesTheStatesSessionsStoredIncludingFuzzedIntervals() {
    studyFourMonths();
    assertThat(stored.get(MINSK).state().scheduledDays()).isGreaterThan(2);

    Rebuild rebuild = replayed();

    assertThat(rebuild.states()).isEqualTo(stored);
    assertThat(rebuild.corrections(stored)).isEmpty();
    assertThat(rebuild.reviews()).isEqualTo(11);
    assertThat(rebuild.rescheduled()).isZero();
  }

  @Test
  void examAnswersAreCountedButChangeNoState() {
    review(MINSK, Rating.GOOD, "2022-12-19T10:00:00Z");
    reviews.add(
        record(
            PROTOCOL, Instant.parse("2022-12-19T11:00:00Z"), Optional.empty(), Optional.empty()));
    reviews.add(
        record(MINSK, Instant.parse("2022-12-19T11:00:00Z"), Optional.empty(), Optional.empty()));

    Rebuild rebuild = replayed();

    assertThat(rebuild.reviews()).isEqualTo(3);
    assertThat(rebuild.states()).isEqualTo(stored).containsOnlyKeys(MINSK);
  }

  @Test
  void aChangedStoredStateIsCorrectedBackToTheReplay() {
    studyFourMonths();
    StoredCardState right = stored.get(PROTOCOL);
    CardState s = right.state();
    var wrong =
        new StoredCardState(
            right.contentHash(),
            new CardState(
                s.state(),
                99,
                s.difficulty(),
                s.due(),
                s.lastReview(),
                s.scheduledDays(),
                s.step(),
                s.reps(),
                s.lapses()));
    Map<CardKey, StoredCardState> damaged = new HashMap<>(stored);
    damaged.put(PROTOCOL, wrong);

    assertThat(replayed().corrections(damaged))
        .containsExactly(new Correction(PROTOCOL, Optional.of(wrong), Optional.of(right)));
  }

  @Test
  void missingStatesAreAddedAndStatesWithoutReviewsRemoved() {
    review(PROTOCOL, Rating.GOOD, "2022-12-19T10:00:00Z");
    var orphan = new CardKey("other-deck", "card");
    var orphanState =
        new StoredCardState("hash", CardState.newCard(Instant.parse("2022-12-01T00:00:00Z")));

    List<Correction> corrections =
        replayed().corrections(Map.of(MINSK, stored.get(PROTOCOL), orphan, orphanState));

    assertThat(corrections)
        .containsExactly(
            new Correction(MINSK, Optional.of(stored.get(PROTOCOL)), Optional.empty()),
            new Correction(PROTOCOL, Optional.empty(), Optional.of(stored.get(PROTOCOL))),
            new Correction(orphan, Optional.of(orphanState), Optional.empty()));
  }

  @Test
  void reviewsScheduledWithOtherSettingsAreCountedAndReplayedWithTheseOnes() {
    studyFourMonths();
    var otherRetention = new Scheduler(FsrsParameters.defaults().withDesiredRetention(0.8), 0);

    Rebuild rebuild = new Rebuild(otherRetention);
    reviews.forEach(rebuild);

    assertThat(rebuild.rescheduled()).isPositive();
    assertThat(rebuild.states().get(MINSK).state().due()).isAfter(stored.get(MINSK).state().due());
    assertThat(rebuild.states().get(MINSK).state().state()).isEqualTo(State.REVIEW);
  }

  @Test
  void aDifferentFuzzSeedWouldNotReproduceTheStoredIntervals() {
    studyFourMonths();

    Rebuild rebuild = new Rebuild(new Scheduler(FsrsParameters.defaults(), 42));
    reviews.forEach(rebuild);

    assertThat(rebuild.corrections(stored)).isNotEmpty();
  }
}
