package retain.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import retain.schedule.CardState;
import retain.schedule.DailyProgress;
import retain.schedule.ExamAim;
import retain.schedule.Fsrs;
import retain.schedule.FsrsParameters;
import retain.schedule.MemoryState;
import retain.schedule.QueueItem;
import retain.schedule.QueuePlanner;
import retain.schedule.Rating;
import retain.schedule.Scheduler;
import retain.schedule.SessionQueue;
import retain.schedule.State;
import retain.schedule.StudyDay;
import retain.schedule.StudyLimits;
import retain.schedule.StudyQueue;

/**
 * Plain FSRS against exam-aware scheduling for a synthetic student (issue 18, docs/readiness.md).
 *
 * <p>The student's memory follows FSRS-6 with parameters of their own ({@link #STUDENT}), unknown
 * to the scheduler, which keeps the defaults. Each study day at 18:00 the student works through the
 * session retain plans (the real {@link QueuePlanner} and {@link SessionQueue}), answering up to a
 * fixed budget of cards: each answer is recalled with the student's true probability, rated Good if
 * recalled and Again if not, 20 seconds apart. On the exam day the expected score is the mean true
 * recall probability over every item, a card never studied counting 0.
 *
 * <p>Run: {@code bench/exam-sim.sh} (prints the table of docs/readiness.md). The same seed gives
 * the same table.
 */
public final class ExamSimulation {

  /** A student who forgets faster than average and gains less from each review. */
  static final FsrsParameters STUDENT =
      new FsrsParameters(
          List.of(
              0.15, 0.9, 1.8, 6.0, 6.8, 0.9, 3.2, 0.002, 1.6, 0.2, 0.85, 1.6, 0.07, 0.3, 1.7, 0.55,
              1.7, 0.5, 0.1, 0.07, 0.2),
          0.9,
          36500,
          FsrsParameters.defaults().learningSteps(),
          FsrsParameters.defaults().relearningSteps(),
          true,
          false);

  private static final Instant START = Instant.parse("2026-11-02T18:00:00Z");
  private static final StudyDay DAY = StudyDay.in(ZoneOffset.UTC);
  private static final Duration ANSWER = Duration.ofSeconds(20);

  /** One setting's outcome: mean expected score on the exam day and the reviews it took. */
  record Outcome(double score, long reviews) {}

  private final int items;
  private final int budget;
  private final int daysToExam;

  ExamSimulation(int items, int budget, int daysToExam) {
    this.items = items;
    this.budget = budget;
    this.daysToExam = daysToExam;
  }

  /** The three ways of studying compared. */
  enum Policy {
    /** retain's FSRS queue, nothing else. */
    PLAIN,
    /**
     * Plain FSRS, plus the same final revision pass as exam-aware scheduling but in FSRS's own
     * order (lowest recall now first), as an Anki user reviewing ahead would: the same workload.
     */
    PLAIN_REVIEW_AHEAD,
    /** retain's queue with the exam aim. */
    EXAM_AWARE
  }

  /** One run from an empty collection to the exam. */
  Outcome run(long seed, Policy policy) {
    boolean examAware = policy == Policy.EXAM_AWARE;
    Scheduler scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(true), seed);
    Instant exam = DAY.startOf(DAY.dateOf(START).plusDays(daysToExam)).plus(Duration.ofHours(5));
    Optional<ExamAim> aim =
        examAware
            ? Optional.of(new ExamAim(scheduler, DAY, exam, ExamAim.DEFAULT_TARGET))
            : Optional.empty();
    QueuePlanner planner = new QueuePlanner(scheduler, DAY, new StudyLimits(20, budget), aim);
    Map<String, CardState> states = new HashMap<>();
    Map<String, MemoryState> memory = new HashMap<>();
    Map<String, Instant> lastSeen = new HashMap<>();
    Map<String, Integer> answers = new HashMap<>();
    long reviews = 0;
    for (int day = 0; day < daysToExam; day++) {
      Instant now = START.plus(Duration.ofDays(day));
      StudyQueue plan = planner.plan(queue(states), Set.of(), DailyProgress.NONE, now, seed + day);
      if (policy == Policy.PLAIN_REVIEW_AHEAD && daysToExam - day <= ExamAim.FINAL_DAYS) {
        plan = reviewAhead(plan, states, scheduler, now);
      }
      SessionQueue session = SessionQueue.of(plan, Integer.MAX_VALUE);
      for (int asked = 0; asked < budget; asked++) {
        Optional<QueueItem> next = session.next(now);
        if (next.isEmpty()) {
          break;
        }
        String id = next.get().id();
        CardState before = next.get().state().orElse(CardState.newCard(now));
        double recall = trueRecall(memory.get(id), lastSeen.get(id), now);
        // The same luck for the same card and review under both schedulers (common random numbers)
        long luck = seed * 1_000_003L + id.hashCode() * 7919L + answers.merge(id, 1, Integer::sum);
        Rating rating =
            new SplittableRandom(luck).nextDouble() < recall ? Rating.GOOD : Rating.AGAIN;
        CardState after = scheduler.review(before, rating, now);
        memory.put(id, studentStep(memory.get(id), lastSeen.get(id), rating, now));
        lastSeen.put(id, now);
        states.put(id, after);
        session = session.answered(next.get(), after);
        reviews++;
        now = now.plus(ANSWER);
      }
    }
    double total = 0;
    for (int i = 0; i < items; i++) {
      String id = "c" + i;
      total += memory.containsKey(id) ? trueRecall(memory.get(id), lastSeen.get(id), exam) : 0;
    }
    return new Outcome(total / items, reviews);
  }

  /** The plan with every Review card not yet in it appended, lowest recall now first. */
  private StudyQueue reviewAhead(
      StudyQueue plan, Map<String, CardState> states, Scheduler scheduler, Instant now) {
    Set<String> planned = new java.util.HashSet<>();
    plan.items().forEach(item -> planned.add(item.id()));
    List<QueueItem> order = new ArrayList<>(plan.items());
    queue(states).stream()
        .filter(item -> !planned.contains(item.id()))
        .filter(item -> item.state().filter(card -> card.state() == State.REVIEW).isPresent())
        .sorted(
            java.util.Comparator.comparingDouble(
                item -> scheduler.retrievability(item.state().orElseThrow(), now).orElse(1)))
        .forEach(order::add);
    return new StudyQueue(order, plan.learningLaterToday());
  }

  private List<QueueItem> queue(Map<String, CardState> states) {
    List<QueueItem> queue = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      String id = "c" + i;
      queue.add(new QueueItem(id, Optional.empty(), Optional.ofNullable(states.get(id))));
    }
    return queue;
  }

  /** The student's true chance of recall: 0 before the first review. */
  private static double trueRecall(MemoryState memory, Instant last, Instant now) {
    if (memory == null) {
      return 0;
    }
    long days = Scheduler.elapsedDays(last, now);
    return Fsrs.retrievability(days, memory.stability(), STUDENT);
  }

  private static MemoryState studentStep(
      MemoryState memory, Instant last, Rating rating, Instant now) {
    MemoryState before = memory == null ? MemoryState.NONE : memory;
    long days = last == null ? 0 : Scheduler.elapsedDays(last, now);
    return Fsrs.step(before, rating, days, STUDENT);
  }

  /** Prints the Markdown table of docs/readiness.md: SEEDS seeds per setting. */
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    System.out.println(
        "| deck | days to exam | reviews a day | plain FSRS | reviews | plain + review ahead"
            + " | reviews | exam-aware | reviews |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    int[][] decks = {{75, 40}, {500, 120}};
    for (int[] deck : decks) {
      for (int days : new int[] {7, 21, 60}) {
        ExamSimulation simulation = new ExamSimulation(deck[0], deck[1], days);
        StringBuilder row =
            new StringBuilder(
                String.format(Locale.ROOT, "| %d cards | %d | %d |", deck[0], days, deck[1]));
        for (Policy policy : Policy.values()) {
          double score = 0;
          long reviews = 0;
          for (int seed = 1; seed <= seeds; seed++) {
            Outcome outcome = simulation.run(seed, policy);
            score += outcome.score();
            reviews += outcome.reviews();
          }
          row.append(
              String.format(Locale.ROOT, " %.1f%% | %d |", 100 * score / seeds, reviews / seeds));
        }
        System.out.println(row);
      }
    }
  }
}
