package retain.store;

import java.util.List;

/**
 * What moving history to renamed ids did.
 *
 * @param moved the former deck and item ids whose history now stands under the current ids
 * @param clashed the former ids left where they are because the current id has history of its own:
 *     merging two histories of one card would schedule it from answers to two questions
 */
public record MovedHistory(List<String> moved, List<String> clashed) {
  public MovedHistory {
    moved = List.copyOf(moved);
    clashed = List.copyOf(clashed);
  }

  /** Whether nothing was moved or left. */
  public boolean isEmpty() {
    return moved.isEmpty() && clashed.isEmpty();
  }
}
