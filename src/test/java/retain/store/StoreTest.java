package retain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static retain.store.StoreFixtures.T0;
import static retain.store.StoreFixtures.examAnswer;
import static retain.store.StoreFixtures.good;
import static retain.store.StoreFixtures.stateAfter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.schedule.CardState;
import retain.schedule.Rating;

class StoreTest {
  private static final String DECK = "belarus-russia-2022";

  @TempDir Path data;

  @Test
  void reviewsCardStatesAndSessionsSurviveReopening() {
    long session;
    try (Store store = Store.open(data)) {
      session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "minsk-visit", 1, T0));
      store.finishSession(session, T0.plusSeconds(60));
    }
    try (Store store = Store.open(data)) {
      assertThat(store.reviews(ReviewFilter.all()))
          .containsExactly(good(session, "minsk-visit", 1, T0));
      assertThat(store.cardStates(DECK))
          .containsExactly(
              Map.entry("minsk-visit", new StoredCardState("hash-minsk-visit", stateAfter(1, T0))));
      assertThat(store.findSession(session).orElseThrow())
          .isEqualTo(
              new SessionRecord(
                  session,
                  DECK,
                  Mode.STUDY,
                  Optional.empty(),
                  T0,
                  Optional.of(T0.plusSeconds(60)),
                  1,
                  1,
                  1.0,
                  1.0));
    }
  }

  @Test
  void undoRestoresTheExactPreviousStateAndTotals() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "minsk-visit", 1, T0));
      Map<String, StoredCardState> before = store.cardStates(DECK);
      store.recordReview(good(session, "minsk-visit", 2, T0.plusSeconds(600)));

      UndoneReview undone = store.undoLastReview(session).orElseThrow();

      assertThat(undone.review()).isEqualTo(good(session, "minsk-visit", 2, T0.plusSeconds(600)));
      assertThat(undone.cardState()).isEqualTo(Optional.of(before.get("minsk-visit")));
      assertThat(store.cardStates(DECK)).isEqualTo(before);
      assertThat(store.reviews(ReviewFilter.all())).hasSize(1);
      assertThat(store.findSession(session).orElseThrow().answered()).isEqualTo(1);
    }
  }

  @Test
  void revisingTheLastReviewReplacesItsRatingAndState() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0));
      ReviewRecord first = good(session, "a", 2, T0.plusSeconds(60));
      store.recordReview(first);
      ReviewRecord easy =
          new ReviewRecord(
              session,
              first.at(),
              DECK,
              "a",
              first.contentHash(),
              Mode.STUDY,
              first.response(),
              true,
              1.0,
              Optional.of(Rating.EASY),
              first.durationMs(),
              Optional.of(stateAfter(5, first.at())));

      store.reviseLastReview(easy);

      assertThat(store.reviews(ReviewFilter.all())).hasSize(2).last().isEqualTo(easy);
      assertThat(store.cardStates(DECK).get("a").state()).isEqualTo(stateAfter(5, first.at()));
      assertThat(store.findSession(session).orElseThrow().answered()).isEqualTo(2);
    }
  }

  @Test
  void undoingTheFirstReviewOfACardMakesItNewAgain() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "minsk-visit", 1, T0));

      assertThat(store.undoLastReview(session).orElseThrow().cardState()).isEmpty();
      assertThat(store.cardStates(DECK)).isEmpty();
      assertThat(store.undoLastReview(session)).isEmpty();
      assertThat(store.findSession(session).orElseThrow().max()).isZero();
    }
  }

  @Test
  void undoKeepsAStateAnotherSessionWroteSince() {
    try (Store store = Store.open(data)) {
      long first = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      long second = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(first, "minsk-visit", 1, T0));
      store.recordReview(good(second, "minsk-visit", 2, T0.plusSeconds(1)));

      UndoneReview undone = store.undoLastReview(first).orElseThrow();

      StoredCardState newer =
          new StoredCardState("hash-minsk-visit", stateAfter(2, T0.plusSeconds(1)));
      assertThat(undone.cardState()).contains(newer);
      assertThat(store.cardStates(DECK)).containsExactly(Map.entry("minsk-visit", newer));
    }
  }

  @Test
  void examAnswersScoreTheSessionButScheduleNothing() {
    try (Store store = Store.open(data)) {
      long exam = store.startSession(DECK, Mode.EXAM, Optional.of("Jane Doe"), T0);
      store.recordReview(examAnswer(exam, "minsk-visit", Optional.of("19 December 2022"), 1.0));
      store.recordReview(examAnswer(exam, "spheres", Optional.of("industry"), 0.5));
      store.recordReview(examAnswer(exam, "exercises-2023", Optional.empty(), 0.0));

      SessionRecord recorded = store.findSession(exam).orElseThrow();
      assertThat(recorded.student()).contains("Jane Doe");
      assertThat(List.of(recorded.answered(), recorded.correct())).containsExactly(2, 1);
      assertThat(recorded.percent()).isEqualTo(50.0);
      assertThat(store.cardStates(DECK)).isEmpty();
      assertThat(store.dailyCounts(DECK, T0)).isEqualTo(new DailyCounts(0, 0));
    }
  }

  @Test
  void severalReviewsAreWrittenTogetherOrNotAtAll() {
    try (Store store = Store.open(data)) {
      long exam = store.startSession(DECK, Mode.EXAM, Optional.empty(), T0);
      var right = examAnswer(exam, "minsk-visit", Optional.of("19 December 2022"), 1.0);
      var half = examAnswer(exam, "spheres", Optional.of("industry"), 0.5);
      var orphan = examAnswer(exam + 1, "zapad-host", Optional.of("B"), 1.0);

      assertThatThrownBy(() -> store.recordReviews(List.of(right, orphan)))
          .hasMessageContaining("FOREIGN KEY constraint failed");
      assertThat(store.reviews(ReviewFilter.all())).isEmpty();

      store.recordReviews(List.of(right, half));
      assertThat(store.reviews(ReviewFilter.all())).containsExactly(right, half);
      assertThat(store.findSession(exam).orElseThrow().percent()).isEqualTo(75.0);
    }
  }

  @Test
  void reviewsAreFilteredByDeckItemAndTimeOldestFirst() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      ReviewRecord late = good(session, "a", 2, T0.plusSeconds(120));
      ReviewRecord early = good(session, "a", 1, T0);
      ReviewRecord other = good(session, "b", 1, T0.plusSeconds(60));
      store.recordReview(late);
      store.recordReview(early);
      store.recordReview(other);

      assertThat(store.reviews(ReviewFilter.all())).containsExactly(early, other, late);
      assertThat(
              store.reviews(
                  new ReviewFilter(Optional.of(DECK), Optional.of("a"), Optional.empty())))
          .containsExactly(early, late);
      assertThat(
              store.reviews(
                  new ReviewFilter(Optional.empty(), Optional.empty(), Optional.of(other.at()))))
          .containsExactly(other, late);
      assertThat(
              store.reviews(
                  new ReviewFilter(Optional.of("other-deck"), Optional.empty(), Optional.empty())))
          .isEmpty();
    }
  }

  @Test
  void dailyCountsSeparateNewCardsFromOtherReviews() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0.minus(Duration.ofDays(2))));
      store.recordReview(good(session, "a", 2, T0.minus(Duration.ofDays(1))));
      store.recordReview(good(session, "a", 3, T0));
      store.recordReview(good(session, "b", 1, T0.plusSeconds(1)));
      store.recordReview(good(session, "c", 1, T0.plusSeconds(2)));
      store.recordReview(good(session, "c", 2, T0.plusSeconds(3)));

      assertThat(store.dailyCounts(DECK, T0))
          .as("c's learning step counts toward neither limit")
          .isEqualTo(new DailyCounts(2, 1));
    }
  }

  @Test
  void sessionsAreListedOldestFirstByDeck() {
    try (Store store = Store.open(data)) {
      long later = store.startSession(DECK, Mode.QUIZ, Optional.empty(), T0.plusSeconds(5));
      long earlier = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.startSession("other", Mode.STUDY, Optional.empty(), T0);

      assertThat(store.sessions(Optional.of(DECK)))
          .extracting(SessionRecord::id)
          .containsExactly(earlier, later);
      assertThat(store.sessions(Optional.empty())).hasSize(3);
    }
  }

  @Test
  void replacingCardStatesRewritesOnlyTheGivenDeck() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0));
      store.recordReview(good(session, "b", 1, T0));
      ReviewRecord elsewhere =
          new ReviewRecord(
              session,
              T0,
              "other",
              "x",
              "h",
              Mode.STUDY,
              Optional.of("x"),
              true,
              1.0,
              good(session, "x", 1, T0).rating(),
              0,
              Optional.of(stateAfter(1, T0)));
      store.recordReview(elsewhere);
      StoredCardState rebuilt = new StoredCardState("hash-a", stateAfter(3, T0));

      store.replaceCardStates(Optional.of(DECK), Map.of(new CardKey(DECK, "a"), rebuilt));

      assertThat(store.allCardStates())
          .containsOnlyKeys(new CardKey(DECK, "a"), new CardKey("other", "x"))
          .containsEntry(new CardKey(DECK, "a"), rebuilt);
      assertThatThrownBy(
              () ->
                  store.replaceCardStates(
                      Optional.of(DECK), Map.of(new CardKey("other", "x"), rebuilt)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a state for CardKey[deck=other, item=x] does not belong to deck 'belarus-russia-2022'");
    }
  }

  @Test
  void dueStatesReadInFullOnlyWhatIsDueBeforeTheMomentOrStillNew() {
    try (Store store = Store.open(data)) {
      StoredCardState dueTomorrow = new StoredCardState("hash-a", stateAfter(1, T0));
      StoredCardState dueInTwoDays = new StoredCardState("hash-b", stateAfter(2, T0));
      StoredCardState dueInThreeDays = new StoredCardState("hash-c", stateAfter(3, T0));
      StoredCardState rebuiltNew =
          new StoredCardState("hash-d", CardState.newCard(T0.plus(Duration.ofDays(30))));
      store.replaceCardStates(
          Optional.empty(),
          Map.of(
              new CardKey(DECK, "a"), dueTomorrow,
              new CardKey(DECK, "b"), dueInTwoDays,
              new CardKey(DECK, "c"), dueInThreeDays,
              new CardKey(DECK, "d"), rebuiltNew,
              new CardKey("other", "a"), dueTomorrow));

      DueStates states = store.dueStates(DECK, T0.plus(Duration.ofDays(2)));

      assertThat(states.due()).isEqualTo(Map.of("a", dueTomorrow, "d", rebuiltNew));
      assertThat(states.later()).containsExactlyInAnyOrder("b", "c");
      assertThat(store.cardState(new CardKey(DECK, "c"))).contains(dueInThreeDays);
      assertThat(store.cardState(new CardKey(DECK, "e"))).isEmpty();
    }
  }

  @Test
  void aHealthyStorePassesTheIntegrityCheck() {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0));
      assertThat(store.integrityCheck()).isEmpty();
    }
  }

  @Test
  void aReviewForAMissingSessionIsABugNotAStoreFailure() {
    try (Store store = Store.open(data)) {
      assertThatThrownBy(() -> store.recordReview(good(42, "a", 1, T0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("FOREIGN KEY");
      assertThat(store.cardStates(DECK)).isEmpty();
    }
  }

  @Test
  void aFullDiskFailsClearlyAndKeepsCommittedReviews() throws Exception {
    Path file = data.resolve("retain.db");
    long session;
    try (Store store = Store.open(data)) {
      session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      store.recordReview(good(session, "a", 1, T0));
    }
    Connection connection = Connections.open(file, false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA max_page_count = " + Connections.pragma(connection, "page_count"));
    }
    try (Store full = new Store(connection, file)) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  full.recordReview(good(session, "item-" + i, 1, T0));
                }
              })
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "cannot write " + file + ": the disk is full (everything saved before is kept)")
          .matches(e -> !((StoreException) e).refusal());
    }
    try (Store store = Store.open(data)) {
      assertThat(store.reviews(ReviewFilter.all())).first().isEqualTo(good(session, "a", 1, T0));
      assertThat(store.integrityCheck()).isEmpty();
    }
  }

  @Test
  void twoStoresOnOneFileWritingAlternatelyLoseNothing() {
    try (Store first = Store.open(data);
        Store second = Store.open(data)) {
      long one = first.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      long two = second.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      for (int i = 0; i < 20; i++) {
        first.recordReview(good(one, "one-" + i, 1, T0.plusSeconds(i)));
        second.recordReview(good(two, "two-" + i, 1, T0.plusSeconds(i)));
      }
      assertThat(first.reviews(ReviewFilter.all())).hasSize(40);
      assertThat(second.cardStates(DECK)).hasSize(40);
    }
  }

  @Test
  void twoThreadsWritingConcurrentlyThroughTwoStoresLoseNothing() throws Exception {
    Store.open(data).close();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (String who : List.of("one", "two")) {
        done.add(pool.submit(() -> studyFifty(who)));
      }
      for (Future<Void> each : done) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
    try (Store store = Store.open(data)) {
      assertThat(store.reviews(ReviewFilter.all())).hasSize(100);
      assertThat(store.sessions(Optional.empty()))
          .extracting(SessionRecord::answered)
          .containsExactly(50, 50);
    }
  }

  private Void studyFifty(String who) {
    try (Store store = Store.open(data)) {
      long session = store.startSession(DECK, Mode.STUDY, Optional.empty(), T0);
      for (int i = 0; i < 50; i++) {
        store.recordReview(good(session, who + "-" + i, 1, T0.plusSeconds(i)));
      }
    }
    return null;
  }
}
