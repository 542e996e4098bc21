package retain.store;

/**
 * Rated reviews of one deck since an instant, for the daily limits of design §4.
 *
 * @param newCards reviews of cards that were new before them: the cards introduced
 * @param reviews rated reviews of cards that were in review before them; learning and relearning
 *     steps count toward neither, and nor do exam answers
 */
public record DailyCounts(int newCards, int reviews) {

  /** Checks the counts are not negative. */
  public DailyCounts {
    if (newCards < 0 || reviews < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + newCards + ", " + reviews);
    }
  }
}
