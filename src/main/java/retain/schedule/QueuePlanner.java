package retain.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides what a study session asks and in which order (design.md §4, issue 4): due learning and
 * relearning cards first, earliest due first; then the Review cards due this study day, lowest
 * retrievability first, up to the daily review limit; with new cards, in deck order and up to the
 * daily new limit, spread evenly among those reviews. Pure: the same input and seed give the same
 * queue.
 *
 * <p>Siblings (the blanks of one cloze card) give each other away, so as in Anki a new or review
 * item waits for the next study day when another item of its card was answered today or comes first
 * in today's plan. Learning and relearning items are never held back.
 */
public final class QueuePlanner {

  /** Learning cards: earliest due first, then by id. */
  private static final Comparator<QueueItem> BY_DUE =
      Comparator.comparing((QueueItem item) -> item.state().orElseThrow().due())
          .thenComparing(QueueItem::id);

  private final Scheduler scheduler;
  private final StudyDay day;
  private final StudyLimits limits;
  private final Optional<ExamAim> exam;

  /**
   * @param scheduler gives the retrievability that orders reviews
   */
  public QueuePlanner(Scheduler scheduler, StudyDay day, StudyLimits limits) {
    this(scheduler, day, limits, Optional.empty());
  }

  /**
   * A planner that, until the exam, also follows the rules of {@link ExamAim}: Review cards come
   * early when their recall on the exam day would fall short, due reviews beyond the daily limit
   * are chosen by their gain on the exam day, and new cards come fast enough to all be learnt in
   * time.
   */
  public QueuePlanner(
      Scheduler scheduler, StudyDay day, StudyLimits limits, Optional<ExamAim> exam) {
    this.scheduler = scheduler;
    this.day = day;
    this.limits = limits;
    this.exam = exam;
  }

  /**
   * Plans a session at {@code now}.
   *
   * @param items the deck's items, in deck order (which is the order new cards come in)
   * @param topics only items with one of these topics; empty for all items
   * @param done what today has already used of the limits
   * @param seed breaks ties between reviews of equal retrievability, so that they come in a
   *     shuffled but repeatable order
   */
  public StudyQueue plan(
      List<QueueItem> items, Set<String> topics, DailyProgress done, Instant now, long seed) {
    Optional<ExamAim> aim = exam.filter(ahead -> ahead.isAhead(now));
    Buckets buckets = new Buckets(now, seed, aim, done);
    for (QueueItem item : items) {
      if (topics.isEmpty() || item.topic().filter(topics::contains).isPresent()) {
        buckets.add(item);
      }
    }
    return buckets.queue(newLimit(buckets.fresh.size(), done, now, aim));
  }

  /** How many new cards today may still bring: the daily limit, or more to be ready for an exam. */
  private long newLimit(int fresh, DailyProgress done, Instant now, Optional<ExamAim> aim) {
    int newPerDay =
        Math.max(
            limits.newPerDay(),
            aim.map(toward -> toward.newPerDay(fresh + done.newIntroduced(), now)).orElse(0));
    return remaining(newPerDay, done.newIntroduced());
  }

  /**
   * One plan's items sorted by what they are now: learning due now or later today, new, due
   * reviews, and (in an exam's final stretch) reviews that could come early. A card claimed by one
   * of its items holds back its siblings.
   */
  private final class Buckets {
    private final Instant now;
    private final Instant dayEnd;
    private final long seed;
    private final Optional<ExamAim> aim;
    private final Optional<ExamAim> finalStretch;
    private final long reviewLimit;
    private final Set<String> claimed;
    private final List<QueueItem> learningNow = new ArrayList<>();
    private final List<QueueItem> learningLater = new ArrayList<>();
    private final List<QueueItem> fresh = new ArrayList<>();
    // Keeps only the reviewLimit lowest: planning stays O(n log limit) over large collections.
    private final PriorityQueue<Ranked> reviews = new PriorityQueue<>(Comparator.reverseOrder());
    private final PriorityQueue<Ranked> ahead = new PriorityQueue<>(Comparator.reverseOrder());

    Buckets(Instant now, long seed, Optional<ExamAim> aim, DailyProgress done) {
      this.now = now;
      this.dayEnd = day.end(now);
      this.seed = seed;
      this.aim = aim;
      this.finalStretch = aim.filter(toward -> toward.inFinalStretch(now));
      this.reviewLimit = remaining(limits.reviewsPerDay(), done.reviewsDone());
      this.claimed = new HashSet<>(done.cardsAsked());
    }

    void add(QueueItem item) {
      if (item.isNew()) {
        if (claimed.add(item.card())) {
          fresh.add(item);
        }
        return;
      }
      CardState card = item.state().orElseThrow();
      if (card.state() == State.REVIEW) {
        addReview(item, card);
      } else if (!card.due().isAfter(now)) {
        learningNow.add(item);
      } else if (card.due().isBefore(dayEnd)) {
        learningLater.add(item);
      }
    }

    private void addReview(QueueItem item, CardState card) {
      Instant due = aim.map(toward -> toward.due(card, now)).orElse(card.due());
      if (due.isBefore(dayEnd) && reviewLimit > 0) {
        if (claimed.add(item.card())) {
          keepLowest(reviews, rank(item, card));
        }
      } else if (finalStretch.isPresent() && reviewLimit > 0) {
        keepLowest(ahead, rank(item, card));
      }
    }

    private void keepLowest(PriorityQueue<Ranked> queue, Ranked review) {
      queue.add(review);
      if (queue.size() > reviewLimit) {
        queue.poll();
      }
    }

    private Ranked rank(QueueItem item, CardState card) {
      double r =
          aim.isPresent()
              ? -aim.get().gain(card, now)
              : scheduler.retrievability(card, now).orElse(0);
      long shuffle = new SplittableRandom(seed * 31 + item.id().hashCode()).nextLong();
      return new Ranked(item, r, shuffle);
    }

    /**
     * Learning due now, then the due reviews (lowest first) with up to {@code newLimit} new cards
     * spread among them, then early reviews in the reviews left over.
     */
    StudyQueue queue(long newLimit) {
      fresh.subList((int) Math.min(newLimit, fresh.size()), fresh.size()).clear();
      learningNow.sort(BY_DUE);
      learningLater.sort(BY_DUE);
      List<Ranked> lowestFirst = new ArrayList<>(reviews);
      lowestFirst.sort(Comparator.naturalOrder());
      List<QueueItem> due = new ArrayList<>(lowestFirst.size());
      for (Ranked review : lowestFirst) {
        due.add(review.item());
      }
      List<QueueItem> order = new ArrayList<>(learningNow);
      order.addAll(Interleave.evenly(due, fresh));
      // The final revision pass comes last, so it never stands in the way of a due or new card.
      List<Ranked> early = new ArrayList<>(ahead);
      early.sort(Comparator.naturalOrder());
      long room = reviewLimit - lowestFirst.size();
      for (Ranked item : early) {
        if (room > 0 && item.urgency() < 0 && claimed.add(item.item().card())) {
          order.add(item.item());
          room--;
        }
      }
      return new StudyQueue(order, learningLater);
    }
  }

  /**
   * A due review with what orders it: lowest R first (or, before an exam, highest gain on the exam
   * day first: the urgency is its negation), then a seeded shuffle, then the id.
   */
  private record Ranked(QueueItem item, double urgency, long shuffle)
      implements Comparable<Ranked> {
    @Override
    public int compareTo(Ranked other) {
      int byR = Double.compare(urgency, other.urgency);
      if (byR != 0) {
        return byR;
      }
      int byShuffle = Long.compare(shuffle, other.shuffle);
      return byShuffle != 0 ? byShuffle : item.id().compareTo(other.item.id());
    }
  }

  private static long remaining(int limit, int used) {
    return Math.max(0, limit - used);
  }
}
