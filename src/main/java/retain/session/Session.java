package retain.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import retain.deck.Deck;
import retain.deck.Item;
import retain.grade.Grader;
import retain.grade.Presentation;
import retain.grade.QuestionText;
import retain.grade.RatingProposal;
import retain.grade.Response;
import retain.grade.Verdict;
import retain.schedule.CardState;
import retain.schedule.Outcomes;
import retain.schedule.QueueItem;
import retain.schedule.Rating;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.store.CardKey;
import retain.store.Mode;
import retain.store.ReviewRecord;
import retain.store.Store;
import retain.store.StoredCardState;
import retain.store.UndoneReview;

/**
 * One study or quiz run: asks each item, grades the answer, proposes a rating, saves the review,
 * and only then shows the feedback, so nothing shown as graded is ever lost.
 */
public final class Session {

  /** What a session works with. */
  public record Setup(
      Deck deck,
      Store store,
      Scheduler scheduler,
      StudyDay day,
      Clock clock,
      RandomGenerator random) {}

  /** When a review counts as given, and the card's state after each rating from then. */
  private record Scheduled(Instant at, Outcomes outcomes) {}

  private final Setup setup;
  private final Mode mode;
  private final Agenda agenda;
  private final Console console;
  private final Map<String, Item> items = new HashMap<>();
  private final Tally tally = new Tally();
  private long sessionId;
  private boolean left;
  private int asked;

  private Session(Setup setup, Mode mode, Agenda agenda, Console console) {
    this.setup = setup;
    this.mode = mode;
    this.agenda = agenda;
    this.console = console;
    setup.deck().items().forEach(item -> items.put(item.id(), item));
  }

  /** Runs a session over {@code agenda} until it is done, input ends, or the student quits. */
  static Summary run(Setup setup, Mode mode, Agenda agenda, Console console) {
    return new Session(setup, mode, agenda, console).run();
  }

  private Summary run() {
    Instant started = setup.clock().instant();
    sessionId = setup.store().startSession(setup.deck().id(), mode, Optional.empty(), started);
    try {
      Optional<QueueItem> next = Optional.empty();
      while (!left && (next = agenda.next(setup.clock().instant())).isPresent()) {
        left = !ask(next.get());
      }
    } finally {
      setup.store().finishSession(sessionId, setup.clock().instant());
    }
    Summary summary = summary(Duration.between(started, setup.clock().instant()));
    console.summary(summary);
    return summary;
  }

  /** Asks one item; false when the student ends the session. */
  private boolean ask(QueueItem queued) {
    Item item = items.get(queued.id());
    Presentation shown = Presentation.shuffled(item.card(), setup.random());
    asked++;
    // read per question, not for the whole deck up front: that took a second over a million reviews
    boolean changed =
        setup
            .store()
            .cardState(new CardKey(setup.deck().id(), item.id()))
            .filter(stored -> !stored.contentHash().equals(item.contentHash()))
            .isPresent();
    console.question(
        new Question(
            asked,
            asked + agenda.remaining() - 1,
            item.id(),
            item.card().meta().topic(),
            QuestionText.prompt(item),
            QuestionText.options(item.card(), shown),
            QuestionText.columns(item.card(), shown),
            QuestionText.instruction(item),
            changed,
            early(queued)));
    Instant shownAt = setup.clock().instant();
    boolean hint = false;
    boolean askedAgain = false;
    while (true) {
      Optional<String> line = console.answer();
      if (line.isEmpty() || line.get().strip().equals(":quit")) {
        asked--;
        return false;
      }
      switch (line.get().strip()) {
        case ":hint" -> hint = showHint(item) || hint;
        case ":skip" -> {
          agenda.skipped(queued);
          console.notice("skipped " + item.id() + "; it keeps its schedule");
          return true;
        }
        case ":undo" -> {
          asked--;
          return undo();
        }
        default -> {
          Verdict verdict = Grader.grade(item, Response.text(line.get()), shown);
          // issue 12: an answer of the wrong kind is a slip, not a lapse; ask once more
          if (verdict.kind() == Verdict.Kind.UNREADABLE && !askedAgain && console.asksAgain()) {
            askedAgain = true;
            console.notice(verdict.feedback() + "; try again");
            continue;
          }
          answer(queued, item, line.get(), verdict, hint, shownAt);
          return true;
        }
      }
    }
  }

  /**
   * When a card on a learning step is asked before the step is due (the learn-ahead rule of {@link
   * retain.schedule.SessionQueue}), the time it was due, so the screen can say so.
   */
  private Optional<Instant> early(QueueItem queued) {
    Instant now = setup.clock().instant();
    return queued
        .state()
        .filter(state -> queued.isLearning())
        .map(CardState::due)
        .filter(now::isBefore);
  }

  private boolean showHint(Item item) {
    Optional<String> hint = item.card().meta().hint();
    console.notice(
        hint.map(text -> "hint: " + text + " (a right answer now counts as Hard)")
            .orElse("this card has no hint"));
    return hint.isPresent();
  }

  private void answer(
      QueueItem queued,
      Item item,
      String response,
      Verdict verdict,
      boolean hint,
      Instant shownAt) {
    Rating proposed = RatingProposal.propose(verdict, hint);
    Instant now = setup.clock().instant();
    long millis = Duration.between(shownAt, now).toMillis();
    Scheduled scheduled =
        setup
            .store()
            .recordReview(
                new CardKey(setup.deck().id(), item.id()),
                stored -> schedule(stored.map(StoredCardState::state), now),
                planned -> review(item, response, verdict, proposed, planned, millis));
    Outcomes outcomes = scheduled.outcomes();
    var meta = item.card().meta();
    console.feedback(
        new Feedback(
            verdict, proposed, outcomes.of(proposed).due(), meta.explain(), meta.ref(), hint));
    Rating chosen = console.confirmRating(proposed, outcomes);
    if (hint && chosen.compareTo(Rating.HARD) > 0) {
      console.notice("a hint caps the rating at hard");
      chosen = Rating.HARD;
    }
    if (chosen != proposed) {
      setup.store().reviseLastReview(review(item, response, verdict, chosen, scheduled, millis));
    }
    tally.add(meta.topic().orElse("(no topic)"), verdict.correct(), verdict.score());
    agenda.answered(queued, outcomes.of(chosen));
  }

  /**
   * The outcomes of answering now from the state stored at commit time. When another session
   * reviewed the card later than this session's clock says it is, this review is placed at that
   * time instead, so reviews of a card stay in order (docs/data.md).
   */
  private Scheduled schedule(Optional<CardState> stored, Instant now) {
    Instant at = stored.flatMap(CardState::lastReview).filter(now::isBefore).orElse(now);
    return new Scheduled(at, setup.scheduler().outcomes(stored.orElse(CardState.newCard(at)), at));
  }

  private ReviewRecord review(
      Item item,
      String response,
      Verdict verdict,
      Rating rating,
      Scheduled scheduled,
      long millis) {
    return new ReviewRecord(
        sessionId,
        scheduled.at(),
        setup.deck().id(),
        item.id(),
        item.contentHash(),
        mode,
        Optional.of(response),
        verdict.correct(),
        verdict.score(),
        Optional.of(rating),
        millis,
        Optional.of(scheduled.outcomes().of(rating)));
  }

  private boolean undo() {
    Optional<UndoneReview> undone = setup.store().undoLastReview(sessionId);
    if (undone.isEmpty()) {
      console.notice("nothing to undo in this session");
      return true;
    }
    Item item = items.get(undone.get().review().item());
    Optional<CardState> restored = undone.get().cardState().map(StoredCardState::state);
    // the answer taken back is asked again under its own number
    asked--;
    tally.removeLast();
    agenda.undone(new QueueItem(item.id(), item.card().meta().topic(), restored));
    console.notice("took back your answer to " + item.id() + "; it is asked again");
    return true;
  }

  private Summary summary(Duration spent) {
    Instant tomorrowEnds = setup.day().end(setup.clock().instant()).plus(Duration.ofDays(1));
    int dueTomorrow =
        (int)
            setup.store().dueStates(setup.deck().id(), tomorrowEnds).due().entrySet().stream()
                .filter(entry -> items.containsKey(entry.getKey()))
                .filter(entry -> entry.getValue().state().due().isBefore(tomorrowEnds))
                .count();
    return new Summary(
        setup.deck().id(),
        tally.answered(),
        tally.correct(),
        tally.score(),
        spent,
        tally.topics(),
        dueTomorrow,
        left);
  }
}
