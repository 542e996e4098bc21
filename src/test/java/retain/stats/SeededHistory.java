package retain.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.schedule.CardState;
import retain.schedule.Rating;
import retain.schedule.State;
import retain.store.Mode;
import retain.store.ReviewRecord;
import retain.store.Store;

/**
 * A known history of the every-type fixture deck, seen from {@link #NOW} (the CliRunner's clock,
 * UTC, study days from 04:00). Each stability equals the days since the card's last review, so
 * every reviewed card's retrievability now is exactly 0.9 (fsrs-spec §4.1), or 1 when reviewed
 * today.
 *
 * <p>Expected: 14 items, 8 new, 1 learning (choice-one), 3 young (date-one, date-year,
 * truefalse-one), 2 mature (short-one, numeric-one); due 3 today (short-one overdue, date-one,
 * choice-one), 1 tomorrow (date-year), 1 more this week (truefalse-one on the 22nd). Answers that
 * were in review before them: date-one failed on the 15th and passed on the 16th, numeric-one
 * failed on 28 November and passed today, so retention is 2/3 over 7 days and 2/4 over 30 (the
 * November 4th and 14th answers of short-one fall outside both). Rated reviews fall on 11 study
 * days, the last five in a row (15th to 19th December): a streak of 5. Scores: the exam of 10
 * December (75%), then the quiz of the 17th (100%).
 */
public final class SeededHistory {

  /** The fixed time of the CliRunner. */
  public static final Instant NOW = Instant.parse("2022-12-19T10:00:00Z");

  /** The fixture deck with one card of every type. */
  public static final Path DECK = Path.of("src/test/resources/decks/good/every-type.yaml");

  private final Store store;
  private long session;

  private SeededHistory(Store store) {
    this.store = store;
  }

  /** The fixture deck, loaded. */
  public static Deck deck() {
    try {
      return DeckLoader.load(DECK.toString(), Files.readAllBytes(DECK)).value().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the history into the store of {@code data}. */
  public static void write(Path data) {
    try (Store store = Store.open(data)) {
      new SeededHistory(store).write();
    }
  }

  private void write() {
    session =
        store.startSession("every-type", Mode.STUDY, Optional.empty(), at("2022-11-01T09:00"));
    study("short-one", "2022-11-01T10:00", Rating.GOOD, State.LEARNING, 0.5, 0, "2022-11-01T10:10");
    study("short-one", "2022-11-01T10:10", Rating.GOOD, State.REVIEW, 3, 3, "2022-11-04T10:10");
    study("short-one", "2022-11-04T10:00", Rating.GOOD, State.REVIEW, 10, 10, "2022-11-14T10:00");
    study("short-one", "2022-11-14T10:00", Rating.GOOD, State.REVIEW, 35, 25, "2022-12-09T10:00");
    study("numeric-one", "2022-11-25T10:00", Rating.GOOD, State.REVIEW, 3, 3, "2022-11-28T10:00");
    study(
        "numeric-one",
        "2022-11-28T10:00",
        Rating.AGAIN,
        State.RELEARNING,
        1,
        0,
        "2022-11-28T10:10");
    study("numeric-one", "2022-11-28T10:10", Rating.GOOD, State.REVIEW, 5, 5, "2022-12-03T10:00");
    exam("2022-12-10T10:00");
    study("date-one", "2022-12-13T10:00", Rating.GOOD, State.REVIEW, 2, 2, "2022-12-15T10:00");
    study("date-one", "2022-12-15T10:00", Rating.AGAIN, State.RELEARNING, 1, 0, "2022-12-15T10:10");
    study("date-one", "2022-12-15T10:10", Rating.GOOD, State.REVIEW, 1, 1, "2022-12-16T10:00");
    study("date-one", "2022-12-16T10:00", Rating.HARD, State.REVIEW, 3, 3, "2022-12-19T10:00");
    quiz("2022-12-17T10:00");
    study("date-year", "2022-12-18T10:00", Rating.GOOD, State.REVIEW, 1, 2, "2022-12-20T10:00");
    study(
        "choice-one", "2022-12-19T09:00", Rating.AGAIN, State.LEARNING, 0.4, 0, "2022-12-19T09:01");
    study("numeric-one", "2022-12-19T09:30", Rating.GOOD, State.REVIEW, 30, 30, "2023-01-18T09:30");
  }

  private void exam(String time) {
    long exam = store.startSession("every-type", Mode.EXAM, Optional.of("Jane"), at(time));
    store.recordReview(examAnswer(exam, "cloze-one.1", at(time), 1.0));
    store.recordReview(examAnswer(exam, "order-one", at(time), 0.5));
  }

  private void quiz(String time) {
    long studying = session;
    session = store.startSession("every-type", Mode.QUIZ, Optional.empty(), at(time));
    study("truefalse-one", time, Rating.GOOD, State.REVIEW, 2, 5, "2022-12-22T10:00");
    session = studying;
  }

  private void study(
      String item,
      String time,
      Rating rating,
      State state,
      double stability,
      int days,
      String due) {
    Instant at = at(time);
    var after = new CardState(state, stability, 5, at(due), Optional.of(at), days, 0, 1, 0);
    store.recordReview(
        new ReviewRecord(
            session,
            at,
            "every-type",
            item,
            "hash",
            mode(),
            Optional.of("answer"),
            rating != Rating.AGAIN,
            rating == Rating.AGAIN ? 0 : 1,
            Optional.of(rating),
            1000,
            Optional.of(after)));
  }

  private Mode mode() {
    return store.findSession(session).orElseThrow().mode();
  }

  private static ReviewRecord examAnswer(long exam, String item, Instant at, double score) {
    return new ReviewRecord(
        exam,
        at,
        "every-type",
        item,
        "hash",
        Mode.EXAM,
        Optional.of("answer"),
        score == 1,
        score,
        Optional.empty(),
        0,
        Optional.empty());
  }

  private static Instant at(String localUtc) {
    return Instant.parse(localUtc + ":00Z");
  }
}
