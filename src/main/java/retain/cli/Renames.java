package retain.cli;

import java.io.PrintWriter;
import java.util.List;
import retain.deck.Deck;
import retain.session.FormerHistory;
import retain.store.Store;
import retain.yaml.Problem;

/** Where the CLI meets renamed decks and cards ({@code was:}, issue 16). */
final class Renames {

  private Renames() {}

  /**
   * The current id of {@code id} in {@code deck}, saying on {@code err} that it was read as such;
   * {@code id} itself when it is no former id.
   */
  static String current(Deck deck, String id, PrintWriter err) {
    return deck.renamed(id)
        .map(
            current -> {
              err.println(
                  "note: '"
                      + id
                      + "' is the former id of '"
                      + current
                      + "' in deck '"
                      + deck.id()
                      + "'; showing '"
                      + current
                      + "'");
              return current;
            })
        .orElse(id);
  }

  /** Moves the progress stored under the deck's former ids, saying on {@code err} what moved. */
  static void follow(Store store, Deck deck, PrintWriter err) {
    FormerHistory.note(deck, FormerHistory.move(store, deck)).ifPresent(err::println);
  }

  /**
   * What lint does with a store: moves the progress of renamed cards, then warns of cards that look
   * renamed without {@code was:}, whose progress would otherwise be left behind.
   */
  static List<Problem> lint(Store store, Deck deck, String file, PrintWriter err) {
    follow(store, deck, err);
    return FormerHistory.unannounced(deck, store.cardStates(deck.id())).entrySet().stream()
        .map(
            guess ->
                new Problem(
                    file,
                    1,
                    1,
                    Problem.Severity.WARNING,
                    "renamed-without-was",
                    "progress is stored for card '"
                        + guess.getKey()
                        + "', which this deck no longer has, and card '"
                        + guess.getValue()
                        + "' asks the same: did you rename '"
                        + guess.getKey()
                        + "'? add was: ["
                        + guess.getKey()
                        + "] to card '"
                        + guess.getValue()
                        + "' to keep its progress"))
        .toList();
  }
}
