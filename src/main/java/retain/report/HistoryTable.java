package retain.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import retain.schedule.CardState;
import retain.store.ReviewRecord;

/**
 * The history for people: one aligned line per review with its time and next due time in the user's
 * zone, to the minute. The deck and card columns are as wide as the longest id shown, which the
 * caller measures first, so a long history is printed without being held.
 */
public final class HistoryTable {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final ZoneId zone;
  private final String layout;

  /**
   * A table whose deck and card columns fit ids of the given lengths.
   *
   * @param deckWidth the longest deck id to be shown
   * @param cardWidth the longest card id to be shown
   */
  public HistoryTable(ZoneId zone, int deckWidth, int cardWidth) {
    this.zone = zone;
    this.layout =
        "%-16s  %-"
            + Math.max(deckWidth, "deck".length())
            + "s  %-"
            + Math.max(cardWidth, "card".length())
            + "s  %-5s  %-7s  %-6s  %s\n";
  }

  /** The column titles. */
  public String header() {
    return String.format(layout, "time", "deck", "card", "mode", "result", "rating", "next due");
  }

  /** One review's line; an exam answer has "-" for its rating and next due time. */
  public String row(ReviewRecord review) {
    return String.format(
        layout,
        minute(review.at()),
        review.deck(),
        review.item(),
        ReviewColumns.word(review.mode()),
        result(review),
        review.rating().map(ReviewColumns::word).orElse("-"),
        review.after().map(CardState::due).map(this::minute).orElse("-"));
  }

  private String minute(Instant instant) {
    return MINUTE.format(instant.atZone(zone));
  }

  private static String result(ReviewRecord review) {
    if (review.correct()) {
      return "right";
    }
    if (review.response().isEmpty()) {
      return "blank";
    }
    return review.score() > 0 ? "partial" : "wrong";
  }
}
