package retain.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import retain.schedule.CardState;
import retain.store.ReviewRecord;

/**
 * One review as the machine-readable history gives it (issue 5, item 7): the same columns, in the
 * same order, for JSON and CSV. Times are ISO-8601 in UTC; null marks what an exam answer lacks.
 */
public final class ReviewColumns {

  /** The column names, in order. */
  public static final List<String> NAMES =
      List.of(
          "at",
          "deck",
          "card",
          "mode",
          "response",
          "correct",
          "score",
          "rating",
          "duration_ms",
          "state",
          "stability",
          "difficulty",
          "due");

  private ReviewColumns() {}

  /** The review's values by column name, in {@link #NAMES} order; absent values are null. */
  public static Map<String, Object> of(ReviewRecord review) {
    Optional<CardState> after = review.after();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("at", review.at().toString());
    columns.put("deck", review.deck());
    columns.put("card", review.item());
    columns.put("mode", word(review.mode()));
    columns.put("response", review.response().orElse(null));
    columns.put("correct", review.correct());
    columns.put("score", review.score());
    columns.put("rating", review.rating().map(ReviewColumns::word).orElse(null));
    columns.put("duration_ms", review.durationMs());
    columns.put("state", after.map(state -> word(state.state())).orElse(null));
    columns.put("stability", after.map(CardState::stability).orElse(null));
    columns.put("difficulty", after.map(CardState::difficulty).orElse(null));
    columns.put("due", after.map(state -> state.due().toString()).orElse(null));
    return columns;
  }

  /** An enum constant as the history spells it: {@code GOOD} as {@code good}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
