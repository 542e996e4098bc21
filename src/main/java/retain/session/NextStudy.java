package retain.session;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import retain.deck.Item;
import retain.schedule.State;
import retain.store.StoredCardState;

/** What {@code study} says when a deck has nothing to ask now: when it will. */
final class NextStudy {

  private NextStudy() {}

  /**
   * {@code nothing to study in DECK now; the next card is due in 3 h 20 min}: the earliest due of
   * the deck's studied items with one of {@code topics} (all when empty), or the next study day
   * when only new cards are left beyond today's limit.
   */
  static String nothingToStudy(Session.Setup setup, Set<String> topics) {
    Instant now = setup.clock().instant();
    Map<String, StoredCardState> states = setup.store().cardStates(setup.deck().id());
    Optional<Instant> next =
        setup.deck().items().stream()
            .filter(item -> topics.isEmpty() || inTopics(item, topics))
            .flatMap(
                item ->
                    Optional.ofNullable(states.get(item.id()))
                        .map(StoredCardState::state)
                        .filter(state -> state.state() != State.NEW)
                        .map(state -> Stream.of(state.due()))
                        .orElseGet(() -> Stream.of(setup.day().end(now))))
            .filter(due -> due.isAfter(now))
            .min(Instant::compareTo);
    String nothing = "nothing to study in " + setup.deck().id();
    return next.map(
            due ->
                nothing
                    + " now; the next card is due "
                    + new Texts(setup.clock()).when(due)
                    + " (try 'quiz' meanwhile)")
        .orElse(nothing + "; try 'quiz'");
  }

  private static boolean inTopics(Item item, Set<String> topics) {
    return item.card().meta().topic().filter(topics::contains).isPresent();
  }
}
