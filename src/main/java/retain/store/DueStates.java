package retain.store;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * What a study session needs of a deck's stored states, read in one pass (issue 8): everything it
 * may ask, and only the ids of the cards it may not.
 *
 * @param due the states of the cards due before the given moment, and of any card still new, by
 *     item id
 * @param later the ids of the other studied cards, none of them due before that moment
 */
public record DueStates(Map<String, StoredCardState> due, Set<String> later) {

  /** Wraps rather than copies: the sets can hold a hundred thousand ids. */
  public DueStates {
    due = Collections.unmodifiableMap(due);
    later = Collections.unmodifiableSet(later);
  }
}
