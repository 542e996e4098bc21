package retain.schedule;

/**
 * The card after a review, for each of the four ratings given at the same instant: the preview a
 * session shows, and the reference vectors' {@code outcomes} (fsrs-spec §1).
 */
public record Outcomes(CardState again, CardState hard, CardState good, CardState easy) {

  /** The card after {@code rating}. */
  public CardState of(Rating rating) {
    return switch (rating) {
      case AGAIN -> again;
      case HARD -> hard;
      case GOOD -> good;
      case EASY -> easy;
    };
  }
}
