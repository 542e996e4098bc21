package retain.repl;

import java.util.Locale;
import java.util.Optional;
import retain.schedule.Rating;

/** What the student may type after the feedback: 1 to 4, or again, hard, good, easy. */
final class RatingChoice {

  private RatingChoice() {}

  /** The rating {@code typed} names; empty for anything else. */
  static Optional<Rating> parse(String typed) {
    String word = typed.strip().toLowerCase(Locale.ROOT);
    for (Rating rating : Rating.values()) {
      if (word.equals(String.valueOf(rating.grade())) || word.equals(name(rating))) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }

  /** {@code good}: how a rating is written and typed. */
  static String name(Rating rating) {
    return rating.name().toLowerCase(Locale.ROOT);
  }
}
