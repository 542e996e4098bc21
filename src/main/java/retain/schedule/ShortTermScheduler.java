package retain.schedule;

/** ts-fsrs's BasicScheduler, used when short-term scheduling is on (fsrs-spec §5). */
final class ShortTermScheduler {

  private ShortTermScheduler() {}

  /** All four outcomes of {@code review}. */
  static Outcomes outcomes(ReviewContext review) {
    return review.card().state() == State.REVIEW ? fromReview(review) : fromSteps(review);
  }

  /** New, Learning and Relearning cards walk their steps; no interval ordering (§5.2). */
  private static Outcomes fromSteps(ReviewContext review) {
    CardState card = review.card();
    State waiting = card.state() == State.RELEARNING ? State.RELEARNING : State.LEARNING;
    return new Outcomes(
        LearningSteps.apply(
            review, review.memory(Rating.AGAIN), Rating.AGAIN, waiting, card.lapses()),
        LearningSteps.apply(
            review, review.memory(Rating.HARD), Rating.HARD, waiting, card.lapses()),
        LearningSteps.apply(
            review, review.memory(Rating.GOOD), Rating.GOOD, waiting, card.lapses()),
        LearningSteps.apply(
            review, review.memory(Rating.EASY), Rating.EASY, waiting, card.lapses()));
  }

  /**
   * fsrs-spec §5.3: h = min(h, g), g = max(g, h + 1), e = max(e, g + 1), with no clamp to the
   * maximum afterwards (§8.6); Again counts a lapse and starts relearning.
   */
  private static Outcomes fromReview(ReviewContext review) {
    MemoryState hard = review.memory(Rating.HARD);
    MemoryState good = review.memory(Rating.GOOD);
    MemoryState easy = review.memory(Rating.EASY);
    int hardDays = review.interval(hard);
    int goodDays = review.interval(good);
    hardDays = Math.min(hardDays, goodDays);
    goodDays = Math.max(goodDays, hardDays + 1);
    int easyDays = Math.max(review.interval(easy), goodDays + 1);
    int lapses = review.card().lapses();
    return new Outcomes(
        LearningSteps.apply(
            review, review.memory(Rating.AGAIN), Rating.AGAIN, State.RELEARNING, lapses + 1),
        review.inReview(hard, hardDays, lapses),
        review.inReview(good, goodDays, lapses),
        review.inReview(easy, easyDays, lapses));
  }
}
