package retain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static retain.store.StoreFixtures.T0;
import static retain.store.StoreFixtures.good;
import static retain.store.StoreFixtures.stateAfter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store.moveHistory: progress follows a deck or card renamed with was: (issue 16). */
class RenameTableTest {

  private static final ItemRename EUROPA =
      new ItemRename("europa", "moon-of-jupiter", "hash-europa", "hash-now");

  /** The deck the fixtures' reviews are written under. */
  private static final String DECK = "belarus-russia-2022";

  @TempDir Path data;

  private long studied(Store store, String deck, String item) {
    long session = store.startSession(deck, Mode.STUDY, Optional.empty(), T0);
    store.recordReview(good(session, item, 1, T0));
    return session;
  }

  @Test
  void aRenamedCardTakesItsReviewsAndStateAndLosesTheChangedMark() {
    try (Store store = Store.open(data)) {
      studied(store, DECK, "europa");

      MovedHistory moved = store.moveHistory(DECK, List.of(), List.of(EUROPA));

      assertThat(moved).isEqualTo(new MovedHistory(List.of("europa"), List.of()));
      assertThat(store.reviews(ReviewFilter.all()))
          .extracting(ReviewRecord::item, ReviewRecord::contentHash)
          .containsExactly(tuple("moon-of-jupiter", "hash-now"));
      assertThat(store.cardStates(DECK))
          .containsExactly(
              Map.entry("moon-of-jupiter", new StoredCardState("hash-now", stateAfter(1, T0))));
    }
  }

  @Test
  void movingTwiceChangesNothingTheSecondTime() {
    try (Store store = Store.open(data)) {
      studied(store, DECK, "europa");
      store.moveHistory(DECK, List.of(), List.of(EUROPA));
      var before = store.reviews(ReviewFilter.all());

      MovedHistory again = store.moveHistory(DECK, List.of(), List.of(EUROPA));

      assertThat(again.isEmpty()).isTrue();
      assertThat(store.reviews(ReviewFilter.all())).isEqualTo(before);
    }
  }

  @Test
  void aRenamedDeckTakesItsSessionsReviewsAndStates() {
    try (Store store = Store.open(data)) {
      long session = studied(store, DECK, "europa");

      MovedHistory moved = store.moveHistory("space", List.of(DECK), List.of(EUROPA));

      assertThat(moved.moved()).containsExactly(DECK, "europa");
      assertThat(store.findSession(session).orElseThrow().deck()).isEqualTo("space");
      assertThat(store.reviews(ReviewFilter.all()))
          .extracting(ReviewRecord::deck)
          .containsExactly("space");
      assertThat(store.cardStates(DECK)).isEmpty();
      assertThat(store.cardStates("space")).containsOnlyKeys("moon-of-jupiter");
    }
  }

  @Test
  void historyIsNeverMergedIntoAnIdThatHasItsOwn() {
    try (Store store = Store.open(data)) {
      studied(store, DECK, "europa");
      studied(store, DECK, "moon-of-jupiter");

      MovedHistory moved = store.moveHistory(DECK, List.of(), List.of(EUROPA));

      assertThat(moved).isEqualTo(new MovedHistory(List.of(), List.of("europa")));
      assertThat(store.cardStates(DECK)).containsOnlyKeys("europa", "moon-of-jupiter");
    }
  }
}
