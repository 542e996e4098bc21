package retain.store;

import java.util.Optional;

/**
 * What {@link Store#undoLastReview} removed.
 *
 * @param review the review deleted from the store
 * @param cardState the card's stored state now: the one before the review, or empty when the card
 *     is new again
 */
public record UndoneReview(ReviewRecord review, Optional<StoredCardState> cardState) {}
