package retain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.deck.CardType;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.deck.Item;
import retain.grade.Verdict;
import retain.schedule.CardState;
import retain.schedule.FsrsParameters;
import retain.schedule.QueuePlanner;
import retain.schedule.Rating;
import retain.schedule.Scheduler;
import retain.schedule.State;
import retain.schedule.StudyDay;
import retain.schedule.StudyLimits;
import retain.store.Mode;
import retain.store.ReviewFilter;
import retain.store.ReviewRecord;
import retain.store.SessionRecord;
import retain.store.Store;
import retain.store.StoredCardState;

/**
 * The session engine against a real store in a temporary directory and the fixture deck with every
 * card type, with a scripted console, a clock that moves only when told and a fixed seed.
 */
class SessionTest {

  private static final Instant T0 = Instant.parse("2022-12-19T10:00:00Z");
  private static final long SEED = 42;
  private static final String FIXTURE = "/decks/good/every-type.yaml";
  private static final Scheduler SCHEDULER = new Scheduler(FsrsParameters.defaults(), SEED);
  private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);

  @TempDir Path data;

  private final Deck deck = load(fixture());
  private final AnswerKey key = new AnswerKey(deck);
  private final MovableClock clock = new MovableClock(T0);
  private Store store;

  @BeforeEach
  void openStore() {
    store = Store.open(data);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void everyCardTypeAnsweredRightThroughTheShuffleIsSavedAsGood() {
    var console = new ScriptedConsole().reply(13, key.right());

    study(deck, console);

    assertThat(console.asked().subList(0, 13)).isEqualTo(firstBlanks());
    assertThat(console.feedback)
        .allSatisfy(
            shown -> {
              assertThat(shown.verdict().correct()).as(shown.verdict().feedback()).isTrue();
              assertThat(shown.rating()).isEqualTo(Rating.GOOD);
            });
    assertThat(reviews()).hasSize(13).allMatch(ReviewRecord::correct);
    assertThat(reviews()).extracting(ReviewRecord::item).isEqualTo(firstBlanks());
    assertThat(reviews())
        .extracting(review -> review.rating().orElseThrow())
        .containsOnly(Rating.GOOD);
  }

  @Test
  void everyCardTypeAnsweredWrongIsSavedAsAgainWithTheAnswerShown() {
    var console = new ScriptedConsole().reply(13, key.wrong());

    study(deck, console);

    assertThat(console.asked().subList(0, 13)).isEqualTo(firstBlanks());
    assertThat(console.feedback)
        .allSatisfy(
            shown -> {
              assertThat(shown.verdict().kind()).isEqualTo(Verdict.Kind.WRONG);
              assertThat(shown.rating()).isEqualTo(Rating.AGAIN);
              assertThat(shown.due()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
            });
    assertThat(reviews()).hasSize(13).noneMatch(ReviewRecord::correct);
    assertThat(reviews())
        .allSatisfy(
            review -> assertThat(review.after().orElseThrow().state()).isEqualTo(State.LEARNING));
  }

  @Test
  void anAnswerThatIsNoDateIsAskedAgainOnceAndNotRecordedAsALapse() {
    var console = new ScriptedConsole().say("Lukashenko").reply(key.right());

    quiz(store, 1, Set.of(CardType.DATE), console);

    assertThat(console.notices)
        .containsExactly("not a date: Lukashenko; give a date such as 19 December 2022; try again");
    assertThat(console.feedback)
        .singleElement()
        .satisfies(shown -> assertThat(shown.rating()).isEqualTo(Rating.GOOD));
    assertThat(reviews())
        .singleElement()
        .satisfies(review -> assertThat(review.correct()).isTrue());
  }

  @Test
  void aSecondUnreadableAnswerIsRecordedAsWrong() {
    var console = new ScriptedConsole().say("Lukashenko").reply(question -> "tomorrow");

    quiz(store, 1, Set.of(CardType.DATE), console);

    assertThat(console.feedback)
        .singleElement()
        .satisfies(shown -> assertThat(shown.rating()).isEqualTo(Rating.AGAIN));
  }

  @Test
  void aHintCapsARightAnswerAtHard() {
    var console = new ScriptedConsole().say(":hint").reply(key.right());

    study(deck, console);

    assertThat(console.notices)
        .containsExactly("hint: Since 1994. (a right answer now counts as Hard)");
    Feedback shown = console.feedback.get(0);
    assertThat(shown.verdict().correct()).isTrue();
    assertThat(shown.hintUsed()).isTrue();
    assertThat(shown.rating()).isEqualTo(Rating.HARD);
    assertThat(reviews())
        .singleElement()
        .satisfies(review -> assertThat(review.rating()).contains(Rating.HARD));
  }

  @Test
  void aHintCapsAnOverriddenRatingAtHardToo() {
    var console = new ScriptedConsole().say(":hint").replyAndRate(key.right(), Rating.EASY);

    study(deck, console);

    assertThat(console.notices).endsWith("a hint caps the rating at hard");
    assertThat(reviews())
        .singleElement()
        .satisfies(review -> assertThat(review.rating()).contains(Rating.HARD));
  }

  @Test
  void aHintOnACardWithoutOneSaysSoAndLeavesTheRatingAlone() {
    var console = new ScriptedConsole().reply(key.right()).say(":hint").reply(key.right());

    study(deck, console);

    assertThat(console.asked()).startsWith("short-one", "short-no-typos");
    assertThat(console.notices).containsExactly("this card has no hint");
    assertThat(console.feedback.get(1).hintUsed()).isFalse();
    assertThat(console.feedback.get(1).rating()).isEqualTo(Rating.GOOD);
  }

  @Test
  void aSkippedCardKeepsItsScheduleAndIsNotAskedAgain() {
    var console = new ScriptedConsole().say(":skip").thenAlways(key.right());

    Summary summary = study(deck, console);

    assertThat(console.notices).containsExactly("skipped short-one; it keeps its schedule");
    assertThat(console.asked()).hasSize(25).filteredOn("short-one"::equals).hasSize(1);
    assertThat(store.cardStates(deck.id())).doesNotContainKey("short-one").hasSize(12);
    assertThat(reviews()).noneMatch(review -> review.item().equals("short-one"));
    assertThat(summary.answered()).isEqualTo(24);
  }

  @Test
  void undoRemovesTheReviewRestoresTheCardExactlyAndAsksItAgain() {
    study(deck, new ScriptedConsole().reply(key.right()));
    StoredCardState before = store.cardStates(deck.id()).get("short-one");
    clock.advance(Duration.ofHours(1));
    var console =
        new ScriptedConsole().reply(key.wrong()).say(":undo").reply(key.right()).reply(key.right());

    Summary summary = study(deck, console);

    assertThat(console.asked())
        .startsWith("short-one", "short-no-typos", "short-one", "short-no-typos");
    assertThat(console.notices)
        .containsExactly("took back your answer to short-one; it is asked again");
    List<ReviewRecord> shortOne = reviews("short-one");
    assertThat(shortOne).hasSize(2);
    assertThat(shortOne).extracting(ReviewRecord::correct).containsExactly(true, true);
    assertThat(shortOne.get(1).after())
        .contains(SCHEDULER.review(before.state(), Rating.GOOD, clock.instant()));
    assertThat(summary.answered()).isEqualTo(2);
    assertThat(summary.correct()).isEqualTo(2);
    assertThat(currentSession().answered()).isEqualTo(2);
  }

  @Test
  void undoLeavesTheCardStateAsItWasBeforeTheAnswer() {
    study(deck, new ScriptedConsole().reply(key.right()));
    Map<String, StoredCardState> before = store.cardStates(deck.id());
    clock.advance(Duration.ofHours(1));

    study(deck, new ScriptedConsole().reply(key.wrong()).say(":undo"));

    assertThat(store.cardStates(deck.id())).isEqualTo(before);
    assertThat(reviews()).hasSize(1);
  }

  @Test
  void twoUndosTakeBackTwoAnswersNewestFirst() {
    var console =
        new ScriptedConsole().reply(2, key.wrong()).say(":undo", ":undo").reply(2, key.right());

    Summary summary = study(deck, console);

    assertThat(console.asked())
        .startsWith("short-one", "short-no-typos", "choice-one", "short-no-typos", "short-one");
    assertThat(console.notices)
        .containsExactly(
            "took back your answer to short-no-typos; it is asked again",
            "took back your answer to short-one; it is asked again");
    assertThat(reviews()).extracting(ReviewRecord::correct).containsExactly(true, true);
    assertThat(summary.correct()).isEqualTo(2);
  }

  @Test
  void undoAfterAnOverrideLeavesANewCardNew() {
    var console = new ScriptedConsole().replyAndRate(key.right(), Rating.EASY).say(":undo");

    study(deck, console);

    assertThat(reviews()).isEmpty();
    assertThat(store.cardStates(deck.id())).isEmpty();
    assertThat(console.asked()).startsWith("short-one", "short-no-typos", "short-one");
  }

  @Test
  void anAnswerTakenBackInAQuizIsAskedAgainAndCountedOnce() {
    var console = new ScriptedConsole().reply(key.wrong()).say(":undo").thenAlways(key.right());

    Summary summary = quiz(store, 3, Set.of(), console);

    List<String> asked = console.asked();
    assertThat(asked).hasSize(5);
    assertThat(asked.get(2)).isEqualTo(asked.get(0));
    assertThat(summary.answered()).isEqualTo(3);
    assertThat(summary.correct()).isEqualTo(3);
    assertThat(reviews()).hasSize(3).allMatch(ReviewRecord::correct);
  }

  @Test
  void undoWithNothingToTakeBackSaysSo() {
    var console = new ScriptedConsole().say(":undo").reply(key.right());

    study(deck, console);

    assertThat(console.notices).containsExactly("nothing to undo in this session");
    assertThat(console.asked()).startsWith("short-one", "short-one");
    assertThat(reviews()).hasSize(1);
  }

  @Test
  void quitEndsTheSessionWithASummaryAndEverythingAnsweredSaved() {
    var console =
        new ScriptedConsole().reply(key.right()).reply(key.wrong()).say(":quit", "never read");

    Summary summary = study(deck, console);

    assertThat(console.events).endsWith("question choice-one", "answer :quit", "summary");
    assertThat(summary.answered()).isEqualTo(2);
    assertThat(reviews())
        .extracting(ReviewRecord::item)
        .containsExactly("short-one", "short-no-typos");
    assertThat(currentSession().ended()).contains(T0);
  }

  @Test
  void endOfInputEndsTheSessionWithASummaryAndEverythingAnsweredSaved() {
    var console = new ScriptedConsole().reply(3, key.right());

    Summary summary = study(deck, console);

    assertThat(console.events).endsWith("question multi-one", "end of input", "summary");
    assertThat(console.summaries).containsExactly(summary);
    assertThat(summary.answered()).isEqualTo(3);
    assertThat(reviews()).hasSize(3);
    SessionRecord session = currentSession();
    assertThat(session.ended()).contains(T0);
    assertThat(session.answered()).isEqualTo(3);
    assertThat(session.correct()).isEqualTo(3);
  }

  @Test
  void aCardAnsweredWrongComesBackInTheSameSessionUntilItIsLearnt() {
    var console = new ScriptedConsole().reply(key.wrong()).thenAlways(key.right());

    studyTopic("dates", console);

    assertThat(console.asked())
        .containsExactly("date-one", "date-year", "date-one", "date-year", "date-one");
    assertThat(store.cardStates(deck.id()).values())
        .extracting(stored -> stored.state().state())
        .containsOnly(State.REVIEW);
  }

  @Test
  void aWrongCardComesBackAsSoonAsItsStepIsDueAmongTheNewOnes() {
    var console =
        new ScriptedConsole()
            .reply(key.wrong())
            .thenAlways(key.right())
            .thinking(clock, Duration.ofSeconds(30));

    study(deck, console);

    // Again schedules a 1-minute step: due after the third answer of 30 s, before the new cards.
    assertThat(console.asked())
        .startsWith("short-one", "short-no-typos", "choice-one", "short-one");
    assertThat(reviews()).extracting(ReviewRecord::durationMs).containsOnly(30_000L);
    assertThat(reviews("short-one").get(0).after().orElseThrow().due())
        .isEqualTo(T0.plusSeconds(30 + 60));
  }

  @Test
  void anOverriddenRatingReplacesTheSavedOneWithItsState() {
    var console = new ScriptedConsole().replyAndRate(key.right(), Rating.EASY).reply(key.right());

    study(deck, console);

    CardState easy = SCHEDULER.review(CardState.newCard(T0), Rating.EASY, T0);
    assertThat(console.feedback.get(0).rating()).isEqualTo(Rating.GOOD);
    assertThat(reviews("short-one"))
        .singleElement()
        .satisfies(
            review -> {
              assertThat(review.rating()).contains(Rating.EASY);
              assertThat(review.after()).contains(easy);
            });
    assertThat(store.cardStates(deck.id()).get("short-one").state()).isEqualTo(easy);
    assertThat(currentSession().answered()).isEqualTo(2);
  }

  @Test
  void aCardThatChangedSinceItsLastReviewIsFlagged() {
    study(deck, new ScriptedConsole().reply(key.wrong()));
    Deck edited =
        load(fixture().replace("accept: [Lukashenko]", "accept: [Lukashenko, Lukašenka]"));
    clock.advance(Duration.ofHours(1));
    var console = new ScriptedConsole().reply(new AnswerKey(edited).right()).reply(1, q -> "x");

    study(edited, console);

    assertThat(console.questions.get(0).itemId()).isEqualTo("short-one");
    assertThat(console.questions.get(0).changed()).isTrue();
    assertThat(console.questions.get(1).changed()).isFalse();
    assertThat(store.cardStates(deck.id()).get("short-one").contentHash())
        .isEqualTo(edited.requireItem("short-one").contentHash());
  }

  @Test
  void aChangedCardIsStillFlaggedWhenItsAnswerIsTakenBack() {
    study(deck, new ScriptedConsole().reply(key.wrong()));
    Deck edited =
        load(fixture().replace("accept: [Lukashenko]", "accept: [Lukashenko, Lukašenka]"));
    clock.advance(Duration.ofHours(1));
    var console = new ScriptedConsole().reply(new AnswerKey(edited).right()).say(":undo");

    study(edited, console);

    assertThat(console.asked()).startsWith("short-one", "short-no-typos", "short-one");
    assertThat(console.questions.get(2).changed()).isTrue();
  }

  @Test
  void aQuizAsksExactlyCountSampledItemsOnceEach() {
    var console = new ScriptedConsole().thenAlways(key.wrong());

    Summary summary = quiz(store, 5, Set.of(), console);

    assertThat(console.asked()).hasSize(5).doesNotHaveDuplicates();
    assertThat(summary.answered()).isEqualTo(5);
    assertThat(reviews()).hasSize(5).allMatch(review -> review.mode() == Mode.QUIZ);
  }

  @Test
  void theSameSeedSamplesTheSameQuiz() {
    var first = new ScriptedConsole().thenAlways(key.right());
    var second = new ScriptedConsole().thenAlways(key.right());

    quiz(store, 5, Set.of(), first);
    try (Store other = Store.open(data.resolve("other"))) {
      quiz(other, 5, Set.of(), second);
    }

    assertThat(second.questions).isEqualTo(first.questions);
  }

  @Test
  void aQuizLargerThanItsScopeAsksEveryMatchingItemOnce() {
    var console = new ScriptedConsole().thenAlways(key.wrong());

    quiz(store, 100, Set.of(CardType.DATE, CardType.CLOZE), console);

    assertThat(console.asked())
        .containsExactlyInAnyOrder("date-one", "date-year", "cloze-one.1", "cloze-one.2");
  }

  @Test
  void theSummaryCountsAnswersRightAnswersTopicsAndWhatIsDueTomorrow() {
    var console =
        new ScriptedConsole()
            .replyAndRate(key.right(), Rating.EASY)
            .reply(6, key.right())
            .reply(7, key.wrong())
            .thinking(clock, Duration.ofSeconds(10));

    Summary summary = study(deck, console);

    assertThat(summary.deck()).isEqualTo("every-type");
    assertThat(summary.answered()).isEqualTo(14);
    assertThat(summary.correct()).isEqualTo(7);
    assertThat(summary.percent()).isEqualTo(50.0);
    assertThat(summary.score()).isEqualTo(7.0);
    assertThat(summary.spent()).isEqualTo(Duration.ofSeconds(150));
    assertThat(summary.topics())
        .containsExactly(
            new Summary.TopicScore("misc", 1, 1),
            new Summary.TopicScore("(no topic)", 10, 6),
            new Summary.TopicScore("dates", 3, 0));
    // everything is on a learning step due within minutes, except the card rated Easy
    assertThat(summary.dueTomorrow()).isEqualTo(12);
  }

  @Test
  void anAnswerTakenBackIsAskedAgainUnderItsOwnNumber() {
    var console = new ScriptedConsole().reply(key.right()).say(":undo").reply(2, key.right());

    study(deck, console);

    assertThat(console.questions.subList(0, 4))
        .extracting(Question::itemId, Question::number)
        .containsExactly(
            tuple("short-one", 1), tuple("short-no-typos", 2),
            tuple("short-one", 1), tuple("short-no-typos", 2));
  }

  @Test
  void aLimitOfTwoAsksTwoQuestionsAndSaysSoFromTheStart() {
    var console = new ScriptedConsole().reply(key.wrong()).thenAlways(key.right());
    var planner = new QueuePlanner(SCHEDULER, DAY, StudyLimits.DEFAULTS);

    Sessions.study(setup(deck, store), planner, Set.of(), 2, SEED, console);

    assertThat(console.questions)
        .extracting(Question::number, Question::planned)
        .containsExactly(tuple(1, 2), tuple(2, 2));
  }

  @Test
  void aStepAskedBeforeItIsDueSaysHowEarly() {
    var console = new ScriptedConsole().reply(key.wrong()).thenAlways(key.right());

    studyTopic("misc", console);

    assertThat(console.asked()).startsWith("short-one", "short-one");
    assertThat(console.questions.get(0).early()).isEmpty();
    Question early = console.questions.get(1);
    assertThat(early.early()).contains(T0.plus(Duration.ofMinutes(1)));
    assertThat(new Texts(clock).heading(early)).isEqualTo("[2/2] misc (early: due in 1 minute)");
  }

  @Test
  void nothingToStudySaysWhenTheNextCardIsDueInsteadOfAnEmptySummary() {
    studyTopic("misc", new ScriptedConsole().replyAndRate(key.right(), Rating.EASY));
    var console = new ScriptedConsole();

    studyTopic("misc", console);

    Instant due = store.cardStates(deck.id()).get("short-one").state().due();
    assertThat(console.notices)
        .containsExactly(
            "nothing to study in every-type now; the next card is due "
                + new Texts(clock).when(due)
                + " (try 'quiz' meanwhile)");
    assertThat(console.summaries).isEmpty();
    assertThat(console.questions).isEmpty();
  }

  @Test
  void eachReviewIsStoredBeforeItsFeedbackIsShown() {
    List<Integer> storedWhenShown = new ArrayList<>();
    var console =
        new ScriptedConsole()
            .reply(3, key.right())
            .onFeedback(() -> storedWhenShown.add(reviews().size()));

    study(deck, console);

    assertThat(storedWhenShown).containsExactly(1, 2, 3);
  }

  @Test
  void aReviewStartsFromTheStateAnotherSessionSavedMeanwhileEvenAtALaterTime() {
    Instant otherClock = T0.plus(Duration.ofHours(1));
    var console = new ScriptedConsole();
    try (Store other = Store.open(data)) {
      console.reply(
          question -> {
            answerFirstQuestionIn(other, new MovableClock(otherClock));
            return key.right().apply(question);
          });
      study(deck, console);
    }

    String item = reviews().get(0).item();
    ReviewRecord second = reviews(item).get(1);
    CardState saved = store.cardState(second.key()).orElseThrow().state();
    assertThat(second.at()).isEqualTo(otherClock);
    assertThat(saved.reps()).isEqualTo(2);
    assertThat(second.after()).contains(saved);
    assertThat(console.feedback.get(0).due()).isEqualTo(saved.due());
  }

  /** Another session, as a second process would run it, answers its first question right. */
  private void answerFirstQuestionIn(Store other, MovableClock itsClock) {
    var planner = new QueuePlanner(SCHEDULER, DAY, StudyLimits.DEFAULTS);
    var setup =
        new Session.Setup(deck, other, SCHEDULER, DAY, itsClock, new SplittableRandom(SEED));
    Sessions.study(setup, planner, Set.of(), 1, SEED, new ScriptedConsole().reply(1, key.right()));
  }

  private Summary study(Deck studied, ScriptedConsole console) {
    var planner = new QueuePlanner(SCHEDULER, DAY, StudyLimits.DEFAULTS);
    return Sessions.study(
        setup(studied, store), planner, Set.of(), Integer.MAX_VALUE, SEED, console);
  }

  private void studyTopic(String topic, ScriptedConsole console) {
    var planner = new QueuePlanner(SCHEDULER, DAY, StudyLimits.DEFAULTS);
    Sessions.study(setup(deck, store), planner, Set.of(topic), Integer.MAX_VALUE, SEED, console);
  }

  private Summary quiz(Store into, int count, Set<CardType> types, ScriptedConsole console) {
    return Sessions.quiz(setup(deck, into), Set.of(), types, count, console);
  }

  private Session.Setup setup(Deck studied, Store into) {
    return new Session.Setup(studied, into, SCHEDULER, DAY, clock, new SplittableRandom(SEED));
  }

  private List<ReviewRecord> reviews() {
    return store.reviews(ReviewFilter.all());
  }

  private List<ReviewRecord> reviews(String item) {
    return store.reviews(
        new ReviewFilter(Optional.of(deck.id()), Optional.of(item), Optional.empty()));
  }

  private SessionRecord currentSession() {
    List<SessionRecord> sessions = store.sessions(Optional.of(deck.id()));
    return sessions.get(sessions.size() - 1);
  }

  /** The items a first study day asks: every item but the second blank of the cloze card. */
  private List<String> firstBlanks() {
    return itemIds().stream().filter(id -> !id.equals("cloze-one.2")).toList();
  }

  private List<String> itemIds() {
    return deck.items().stream().map(Item::id).toList();
  }

  private static Deck load(String yaml) {
    return DeckLoader.load(FIXTURE, yaml.getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
  }

  private static String fixture() {
    try (InputStream in = SessionTest.class.getResourceAsStream(FIXTURE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
