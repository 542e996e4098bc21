package retain.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Schedules a review exactly as ts-fsrs 5.4.2 does (fsrs-spec §5 to §8). Pure and immutable: the
 * time comes in as an argument and fuzz draws from the seed, the card and the instant only, so the
 * same call always gives the same answer.
 *
 * <p><b>The maximum interval.</b> Like ts-fsrs, the Hard &lt; Good &lt; Easy ordering runs after
 * the maximum-interval clamp and nothing is clamped again, so Good and Easy may be scheduled one or
 * two days beyond {@link FsrsParameters#maximumInterval()} (fsrs-spec §8.6). We keep this quirk to
 * match the reference vectors exactly; it matters only for intervals of a hundred years.
 *
 * <p><b>Elapsed days</b> t are counted in UTC calendar dates, as ts-fsrs's scheduler does (§5.1),
 * whatever the user's time zone: the study day of {@link StudyDay} only decides which cards a
 * session asks, never what FSRS computes.
 */
public final class Scheduler {

  private final FsrsParameters parameters;
  private final long fuzzSeed;

  /**
   * @param fuzzSeed picks the fuzz (when {@link FsrsParameters#fuzz()} is on); ignored otherwise
   */
  public Scheduler(FsrsParameters parameters, long fuzzSeed) {
    this.parameters = parameters;
    this.fuzzSeed = fuzzSeed;
  }

  /** The settings this scheduler uses. */
  public FsrsParameters parameters() {
    return parameters;
  }

  /**
   * The card after each of the four ratings given at {@code now}.
   *
   * @throws IllegalArgumentException if {@code now} is before the card's last review
   */
  public Outcomes outcomes(CardState card, Instant now) {
    Optional<Instant> last = card.lastReview();
    if (last.isPresent() && now.isBefore(last.get())) {
      throw new IllegalArgumentException(
          "review at " + now + " is before the last review at " + last.get());
    }
    long elapsed = last.map(previous -> elapsedDays(previous, now)).orElse(0L);
    double draw =
        parameters.fuzz()
            ? IntervalFuzz.draw(
                fuzzSeed, now, card.reps() + 1, card.difficulty() * card.stability())
            : 0;
    ReviewContext review = new ReviewContext(card, now, elapsed, parameters, draw);
    return parameters.shortTerm()
        ? ShortTermScheduler.outcomes(review)
        : LongTermScheduler.outcomes(review);
  }

  /** The card after {@code rating} at {@code now}: {@code outcomes(card, now).of(rating)}. */
  public CardState review(CardState card, Rating rating, Instant now) {
    return outcomes(card, now).of(rating);
  }

  /**
   * R as the scheduler would use it for a review at {@code now} (fsrs-spec §4.1, t in UTC calendar
   * dates); empty for a New card, which has no memory yet.
   */
  public OptionalDouble retrievability(CardState card, Instant now) {
    if (card.state() == State.NEW || card.lastReview().isEmpty()) {
      return OptionalDouble.empty();
    }
    long elapsed = Math.max(0, elapsedDays(card.lastReview().get(), now));
    return OptionalDouble.of(Fsrs.retrievability(elapsed, card.stability(), parameters));
  }

  /**
   * t of fsrs-spec §5.1: the number of UTC calendar dates from {@code lastReview} to {@code now};
   * 23:58 to 00:02 is one day.
   */
  public static long elapsedDays(Instant lastReview, Instant now) {
    return ChronoUnit.DAYS.between(
        lastReview.atOffset(ZoneOffset.UTC).toLocalDate(),
        now.atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
