package retain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import retain.grade.Columns;

/**
 * One question as it is shown.
 *
 * @param number 1-based position in the session
 * @param planned how many questions the session planned (it may grow as cards come back)
 * @param itemId the item asked, such as {@code minsk-visit} or {@code union-state.2}
 * @param prompt the question text; for a cloze card, the text with the gap shown as [...]
 * @param options lettered lines to choose or arrange from, such as {@code a) Minsk}; a match card's
 *     columns padded side by side
 * @param columns a match card's columns, for a console that lays them out to its width
 * @param instruction how to answer, such as "a date: day, month and year"
 * @param changed whether the card changed since it was last reviewed
 * @param early when a card on a learning step is asked before its step is due, that due time
 */
public record Question(
    int number,
    int planned,
    String itemId,
    Optional<String> topic,
    String prompt,
    List<String> options,
    Optional<Columns> columns,
    String instruction,
    boolean changed,
    Optional<Instant> early) {

  public Question {
    options = List.copyOf(options);
  }
}
