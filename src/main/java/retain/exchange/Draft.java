package retain.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deck read from another tool, before it has ids: its name there, and each card's deck-file
 * fields (q, a, type, topic, ...) without an id.
 */
record Draft(Optional<String> name, List<Map<String, Object>> cards) {
  Draft {
    cards = List.copyOf(cards);
  }
}
