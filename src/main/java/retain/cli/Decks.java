package retain.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import retain.catalog.DeckCatalog;
import retain.catalog.DeckException;
import retain.catalog.DeckSource;
import retain.deck.Deck;
import retain.stats.Look;

/** What the browsing commands (stats, decks, show) share: the decks found and how to draw. */
final class Decks {

  private Decks() {}

  /**
   * Every valid deck the catalog sees, the first of each id only (a folder's copy shadows the
   * bundled one, as lookups by id do); broken or unreadable decks are left out.
   */
  static List<Deck> found(DeckCatalog catalog) {
    List<Deck> decks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DeckSource source : catalog.sources()) {
      try {
        source.load().deck().filter(deck -> seen.add(deck.id())).ifPresent(decks::add);
      } catch (DeckException unreadable) {
        continue;
      }
    }
    return decks;
  }

  /**
   * Colour only for a person at a terminal; Unicode block characters unless colour is turned off
   * (--no-color, NO_COLOR) or the terminal is dumb, so piped output keeps its charts but no escape
   * codes.
   */
  static Look look(RetainCommand root) {
    Environment environment = root.environment();
    boolean allowed = root.global().colour(environment);
    boolean dumb = environment.variable("TERM").filter("dumb"::equals).isPresent();
    return new Look(allowed && !dumb, allowed && !dumb && environment.interactive());
  }
}
