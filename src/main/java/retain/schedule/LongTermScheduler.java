package retain.schedule;

/** ts-fsrs's LongTermScheduler, used when short-term scheduling is off (fsrs-spec §6). */
final class LongTermScheduler {

  private LongTermScheduler() {}

  /**
   * Every outcome is a Review card. Intervals are ordered four ways: a = min(a, h), h = max(h, a +
   * 1), g = max(g, h + 1), e = max(e, g + 1), with no clamp to the maximum afterwards (§8.6). Again
   * counts a lapse except on the first review.
   */
  static Outcomes outcomes(ReviewContext review) {
    MemoryState again = review.memory(Rating.AGAIN);
    MemoryState hard = review.memory(Rating.HARD);
    MemoryState good = review.memory(Rating.GOOD);
    MemoryState easy = review.memory(Rating.EASY);
    int hardDays = review.interval(hard);
    int againDays = Math.min(review.interval(again), hardDays);
    hardDays = Math.max(hardDays, againDays + 1);
    int goodDays = Math.max(review.interval(good), hardDays + 1);
    int easyDays = Math.max(review.interval(easy), goodDays + 1);
    CardState card = review.card();
    int lapses = card.lapses();
    int againLapses = card.state() == State.NEW ? lapses : lapses + 1;
    return new Outcomes(
        review.inReview(again, againDays, againLapses),
        review.inReview(hard, hardDays, lapses),
        review.inReview(good, goodDays, lapses),
        review.inReview(easy, easyDays, lapses));
  }
}
