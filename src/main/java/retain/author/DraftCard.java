package retain.author;

import java.util.Optional;

/**
 * A card proposed from one sentence, for an author to check and reword.
 *
 * @param sentence the sentence it comes from
 * @param type {@code date}, {@code numeric}, {@code cloze} or {@code short}
 * @param prompt the question, or for a cloze card its text with the one {@code {{blank}}}
 * @param answer the answer as the deck writes it (ISO date, plain number, text)
 * @param unit a numeric answer's unit, if the sentence gives one
 */
public record DraftCard(
    Sentence sentence, String type, String prompt, String answer, Optional<String> unit) {

  /** The terms of the answer, which all occur in the sentence. */
  java.util.Set<String> answerTerms() {
    return Terms.of(answer);
  }
}
