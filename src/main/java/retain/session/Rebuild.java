package retain.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import retain.schedule.CardState;
import retain.schedule.Scheduler;
import retain.store.CardKey;
import retain.store.ReviewRecord;
import retain.store.StoredCardState;

/**
 * Derives every card's state by replaying its reviews through FSRS, oldest first, as {@code retain
 * doctor --rebuild} does (design §5). Feed it reviews one at a time, so a million of them never sit
 * in memory; it holds one state per card.
 *
 * <p>The replay starts each card new at its first rated review and rates it as stored, exactly as a
 * session does; exam answers have no rating and change nothing. With the scheduler sessions use,
 * whose fuzz depends only on the review itself, the replay gives the stored states bit for bit.
 */
public final class Rebuild implements Consumer<ReviewRecord> {

  private static final Comparator<CardKey> KEY_ORDER =
      Comparator.comparing(CardKey::deck).thenComparing(CardKey::item);

  private final Scheduler scheduler;
  private final Map<CardKey, StoredCardState> states = new HashMap<>();
  private long reviews;
  private long rescheduled;

  /** A replay with {@code scheduler}'s parameters and fuzz. */
  public Rebuild(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Replays one review; reviews must come oldest first.
   *
   * @throws IllegalArgumentException if {@code review} is older than the card's last one
   */
  @Override
  public void accept(ReviewRecord review) {
    reviews++;
    if (review.rating().isEmpty()) {
      return;
    }
    Instant at = review.at();
    CardState before =
        Optional.ofNullable(states.get(review.key()))
            .map(StoredCardState::state)
            .orElseGet(() -> CardState.newCard(at));
    CardState after = scheduler.review(before, review.rating().get(), at);
    if (!review.after().get().equals(after)) {
      rescheduled++;
    }
    states.put(review.key(), new StoredCardState(review.contentHash(), after));
  }

  /** How many reviews were replayed, exam answers included. */
  public long reviews() {
    return reviews;
  }

  /**
   * How many rated reviews stored a different state from the replay's, such as reviews scheduled
   * under other settings or by two sessions racing on one card.
   */
  public long rescheduled() {
    return rescheduled;
  }

  /** The state of every card with a rated review, as replayed so far (a view, not a copy). */
  public Map<CardKey, StoredCardState> states() {
    return Collections.unmodifiableMap(states);
  }

  /** Where {@code stored} differs from the replay, in deck and item order. */
  public List<Correction> corrections(Map<CardKey, StoredCardState> stored) {
    Set<CardKey> keys = new HashSet<>(stored.keySet());
    keys.addAll(states.keySet());
    List<Correction> corrections = new ArrayList<>();
    keys.stream()
        .sorted(KEY_ORDER)
        .forEach(
            key -> {
              var was = Optional.ofNullable(stored.get(key));
              var is = Optional.ofNullable(states.get(key));
              if (!was.equals(is)) {
                corrections.add(new Correction(key, was, is));
              }
            });
    return corrections;
  }
}
