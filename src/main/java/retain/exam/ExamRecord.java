package retain.exam;

import java.time.Instant;
import java.util.Optional;
import retain.store.Mode;
import retain.store.ReviewRecord;
import retain.store.Store;

/**
 * Keeps a graded exam in the store as a session with one review per item, so `stats` and `history`
 * show it. Exam answers carry no rating and leave the study schedule alone.
 */
public final class ExamRecord {

  private ExamRecord() {}

  /** Saves {@code exam} as taken at {@code at}; returns the session id. */
  public static long save(Store store, ExamResult exam, Instant at) {
    String deck = exam.deck().id();
    long session = store.startSession(deck, Mode.EXAM, exam.student(), at);
    store.recordReviews(
        exam.results().stream().map(result -> review(session, deck, result, at)).toList());
    store.finishSession(session, at);
    return session;
  }

  private static ReviewRecord review(long session, String deck, ItemResult result, Instant at) {
    return new ReviewRecord(
        session,
        at,
        deck,
        result.item().id(),
        result.item().contentHash(),
        Mode.EXAM,
        result.response().map(AnswerText::of),
        result.verdict().correct(),
        result.verdict().score(),
        Optional.empty(),
        0,
        Optional.empty());
  }
}
