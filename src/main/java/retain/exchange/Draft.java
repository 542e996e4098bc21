package retain.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deck read from another tool: its name there, the retain id it was exported with if any, and
 * each card's deck-file fields (q, a, type, topic, ...), with the card's id when the export kept
 * one.
 */
record Draft(Optional<String> name, Optional<String> id, List<Map<String, Object>> cards) {
  Draft {
    cards = List.copyOf(cards);
  }
}
