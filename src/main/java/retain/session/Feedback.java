package retain.session;

import java.time.Instant;
import java.util.Optional;
import retain.grade.Verdict;
import retain.schedule.Rating;

/**
 * How an answer went, shown after it was saved.
 *
 * @param rating the rating proposed from the verdict and saved with the review
 * @param due when the item comes back with that rating
 */
public record Feedback(
    Verdict verdict,
    Rating rating,
    Instant due,
    Optional<String> explain,
    Optional<String> ref,
    boolean hintUsed) {}
