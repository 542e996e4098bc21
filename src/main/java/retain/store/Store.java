package retain.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The progress store: one SQLite file, {@code retain.db}, in the data directory (design §5). Every
 * write is committed when its method returns, so feedback printed afterwards is never lost. Two
 * processes may share the file; one instance may be shared between threads.
 */
public final class Store implements AutoCloseable {
  private final Connection connection;
  private final Path file;
  private final SessionTable sessions;
  private final ReviewTable reviews;
  private final CardStateTable cardStates;
  private final RenameTable renames;

  Store(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
    this.sessions = new SessionTable(connection);
    this.reviews = new ReviewTable(connection);
    this.cardStates = new CardStateTable(connection);
    this.renames = new RenameTable(connection);
  }

  /**
   * Opens {@code retain.db} in the directory, creating both (0700, 0600) when missing and bringing
   * the schema up to date; refuses, without touching it, a file that is not retain's or is newer.
   */
  public static Store open(Path dataDirectory) {
    return StoreOpener.open(dataDirectory, Migrations.bundled());
  }

  /** Whether a store has been created in {@code dataDirectory}, whatever its state. */
  public static boolean exists(Path dataDirectory) {
    return Files.exists(dataDirectory.resolve(DataFiles.DATABASE));
  }

  /**
   * Opens an existing store for reading; empty when there is none yet, which is never created. A
   * store written by an older retain is first upgraded like {@link #open} does.
   */
  public static Optional<Store> openReadOnly(Path dataDirectory) {
    return StoreOpener.openReadOnly(dataDirectory, Migrations.bundled());
  }

  /**
   * Creates the data directory (0700) without a database, for files kept beside it such as the
   * REPL's history; an existing directory is left as it is.
   */
  public static void createDataDirectory(Path dataDirectory) {
    DataFiles.createDirectory(dataDirectory);
  }

  /** What the user can do about a damaged store file, with the exact commands. */
  public String recovery() {
    return Errors.recovery(file);
  }

  /** The database file, for messages. */
  public Path file() {
    return file;
  }

  /** Starts a session and returns its id. */
  public synchronized long startSession(
      String deck, Mode mode, Optional<String> student, Instant started) {
    return run(() -> sessions.insert(deck, mode, student, started));
  }

  /**
   * Writes a review, the card's new state and the session's totals in one transaction, durable on
   * return.
   */
  public synchronized void recordReview(ReviewRecord review) {
    write(() -> insert(review));
  }

  /**
   * Writes a review planned from the card's state as stored now, inside the write transaction: a
   * session sharing the store may have reviewed the card since this one planned (issue 15). {@code
   * plan} sees the stored state (empty for a new card), {@code review} turns its plan into the
   * review written as {@link #recordReview} writes it; returns the plan.
   */
  public synchronized <T> T recordReview(
      CardKey key, Function<Optional<StoredCardState>, T> plan, Function<T, ReviewRecord> review) {
    return write(
        () -> {
          T planned = plan.apply(cardStates.find(key));
          insert(review.apply(planned));
          return planned;
        });
  }

  /**
   * Writes several reviews as {@link #recordReview} does, all in one transaction: an exam of 75
   * items then waits for the disk once instead of 75 times (issue 8).
   */
  public synchronized void recordReviews(List<ReviewRecord> reviews) {
    write(
        () -> {
          for (ReviewRecord review : reviews) {
            insert(review);
          }
          return null;
        });
  }

  /**
   * Replaces the session's newest review with {@code revised} (a rating changed after the feedback)
   * in one transaction, so the answer is never missing from the store in between.
   */
  public synchronized void reviseLastReview(ReviewRecord revised) {
    write(
        () -> {
          undo(revised.sessionId());
          return insert(revised);
        });
  }

  private Void insert(ReviewRecord review) throws SQLException {
    reviews.insert(review);
    if (review.after().isPresent()) {
      cardStates.put(review.key(), new StoredCardState(review.contentHash(), review.after().get()));
    }
    sessions.refreshTotals(review.sessionId());
    return null;
  }

  /**
   * Removes the session's newest review and restores the card state it replaced, unless another
   * session has reviewed that card since; empty when the session has no review left.
   */
  public synchronized Optional<UndoneReview> undoLastReview(long sessionId) {
    return write(() -> undo(sessionId));
  }

  private Optional<UndoneReview> undo(long sessionId) throws SQLException {
    Optional<ReviewTable.Latest> found = reviews.latestOfSession(sessionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ReviewRecord review = found.get().review();
    Optional<StoredCardState> current = cardStates.find(review.key());
    Optional<StoredCardState> written =
        review.after().map(after -> new StoredCardState(review.contentHash(), after));
    if (written.isPresent() && current.equals(written)) {
      current = found.get().before();
      if (current.isPresent()) {
        cardStates.put(review.key(), current.get());
      } else {
        cardStates.delete(review.key());
      }
    }
    reviews.delete(found.get().id());
    sessions.refreshTotals(sessionId);
    return Optional.of(new UndoneReview(review, current));
  }

  /** Records the session's end time. */
  public synchronized void finishSession(long sessionId, Instant ended) {
    if (!run(() -> sessions.finish(sessionId, ended))) {
      throw new IllegalArgumentException("no session " + sessionId + " in " + file);
    }
  }

  /** One session with its totals, if it exists. */
  public synchronized Optional<SessionRecord> findSession(long sessionId) {
    return run(() -> sessions.find(sessionId));
  }

  /** The sessions of one deck, or of every deck, oldest first. */
  public synchronized List<SessionRecord> sessions(Optional<String> deck) {
    return run(() -> sessions.all(deck));
  }

  /** The stored states of a deck's reviewed cards, by item id. */
  public synchronized Map<String, StoredCardState> cardStates(String deck) {
    return run(
        () -> {
          Map<String, StoredCardState> byItem = new LinkedHashMap<>();
          cardStates.all(Optional.of(deck)).forEach((key, state) -> byItem.put(key.item(), state));
          return byItem;
        });
  }

  /**
   * The states of a deck's cards due before {@code before} (and of any still new), and the ids of
   * the rest: what planning a session reads, without parsing every state of a large collection.
   */
  public synchronized DueStates dueStates(String deck, Instant before) {
    return run(() -> cardStates.due(deck, before));
  }

  /** One card's stored state, if it was ever reviewed. */
  public synchronized Optional<StoredCardState> cardState(CardKey key) {
    return run(() -> cardStates.find(key));
  }

  /** The stored states of every deck, for {@code doctor --rebuild} to compare. */
  public synchronized Map<CardKey, StoredCardState> allCardStates() {
    return run(() -> cardStates.all(Optional.empty()));
  }

  /** The matching reviews, oldest first. */
  public synchronized List<ReviewRecord> reviews(ReviewFilter filter) {
    List<ReviewRecord> matching = new ArrayList<>();
    forEachReview(filter, matching::add);
    return matching;
  }

  /** Passes the matching reviews to {@code action}, oldest first, without holding them all. */
  public synchronized void forEachReview(ReviewFilter filter, Consumer<ReviewRecord> action) {
    run(
        () -> {
          reviews.forEach(filter, action);
          return null;
        });
  }

  /**
   * The reviews {@link #forEachReview} skipped because a value in their row is damaged, each as
   * "review ID: why"; {@code doctor} reports them, other commands warn.
   */
  public synchronized List<String> unreadableReviews() {
    return reviews.unreadable();
  }

  /** Cards introduced and other rated reviews of a deck since {@code since} (start of today). */
  public synchronized DailyCounts dailyCounts(String deck, Instant since) {
    return run(() -> reviews.dailyCounts(deck, since));
  }

  /** What SQLite's integrity and foreign-key checks report; empty when the file is healthy. */
  public synchronized List<String> integrityCheck() {
    return run(() -> Integrity.problems(connection));
  }

  /**
   * Replaces the card states of one deck (or of all decks) with {@code states} in one transaction,
   * for {@code doctor --rebuild}; reviews are left as they are.
   */
  public synchronized void replaceCardStates(
      Optional<String> deck, Map<CardKey, StoredCardState> states) {
    for (CardKey key : states.keySet()) {
      if (deck.isPresent() && !key.deck().equals(deck.get())) {
        throw new IllegalArgumentException(
            "a state for " + key + " does not belong to deck '" + deck.get() + "'");
      }
    }
    write(
        () -> {
          cardStates.deleteAll(deck);
          cardStates.putAll(states);
          return null;
        });
  }

  /**
   * Moves what is stored under a deck's former ids ({@code was:}, issue 16) to its current ids, all
   * in one transaction: first the deck's former ids, then each renamed item. History moves only
   * onto an id that has none, so running this again changes nothing.
   */
  public synchronized MovedHistory moveHistory(
      String deck, List<String> formerDecks, List<ItemRename> items) {
    return write(() -> renames.move(deck, formerDecks, items));
  }

  /** Closes the connection; the last one to close folds the WAL back into the file. */
  @Override
  public synchronized void close() {
    run(
        () -> {
          connection.close();
          return null;
        });
  }

  /** Runs {@code work} in one write transaction, committed on return. */
  private <T> T write(SqlWork<T> work) {
    return run(() -> Transactions.inTransaction(connection, work));
  }

  private <T> T run(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw Errors.translate(file, e);
    }
  }
}
