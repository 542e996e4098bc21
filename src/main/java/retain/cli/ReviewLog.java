package retain.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import retain.exchange.Revlog;
import retain.schedule.State;
import retain.store.CardKey;
import retain.store.ReviewFilter;
import retain.store.ReviewRecord;
import retain.store.Store;

/**
 * The store's rated reviews as revlog rows: cards numbered 1, 2, … in the order of their first
 * review (a revlog's card_id is a number; retain's ids are text), exam answers left out as they
 * schedule nothing.
 */
final class ReviewLog {

  private final Map<CardKey, Long> numbers = new HashMap<>();
  private final Map<CardKey, State> states = new HashMap<>();

  private ReviewLog() {}

  /** Every rated review matching {@code filter}, oldest first. */
  static List<Revlog.Row> rows(Store store, ReviewFilter filter) {
    List<Revlog.Row> rows = new ArrayList<>();
    new ReviewLog()
        .each(
            store,
            filter,
            (review, card) ->
                rows.add(
                    new Revlog.Row(
                        card,
                        review.at().toEpochMilli(),
                        review.rating().orElseThrow().grade(),
                        0)));
    return rows;
  }

  /** Writes every rated review matching {@code filter} as revlog lines, header first. */
  static void write(Store store, ReviewFilter filter, Consumer<String> out) {
    out.accept(Revlog.HEADER);
    ReviewLog log = new ReviewLog();
    log.each(
        store,
        filter,
        (review, card) -> {
          State before = log.states.getOrDefault(review.key(), State.NEW);
          out.accept(
              Revlog.line(
                  card,
                  review.at().toEpochMilli(),
                  review.rating().orElseThrow().grade(),
                  before.ordinal(),
                  review.durationMs()));
          log.states.put(review.key(), review.after().orElseThrow().state());
        });
  }

  private interface Visitor {
    void visit(ReviewRecord review, long card);
  }

  private void each(Store store, ReviewFilter filter, Visitor visitor) {
    store.forEachReview(
        filter,
        review -> {
          if (review.rating().isPresent()) {
            long card = numbers.computeIfAbsent(review.key(), key -> numbers.size() + 1L);
            visitor.visit(review, card);
          }
        });
  }
}
