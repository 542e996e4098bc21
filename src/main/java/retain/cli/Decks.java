package retain.cli;

import retain.stats.Look;

/** How the browsing commands (stats, decks, show) draw. */
final class Decks {

  private Decks() {}

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
