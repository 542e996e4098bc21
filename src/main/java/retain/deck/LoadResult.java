package retain.deck;

import java.util.List;
import java.util.Optional;

/**
 * What loading a deck file gave: the deck when it has no errors, and every problem found.
 *
 * @param deck present exactly when no problem is an error
 */
public record LoadResult(Optional<Deck> deck, List<DeckProblem> problems) {
  public LoadResult {
    problems = List.copyOf(problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(DeckProblem::isError);
  }
}
