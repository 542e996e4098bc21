package retain.author;

import java.util.List;
import java.util.Set;
import retain.text.Quoted;

/**
 * Writes proposed cards as a deck file an author edits: each card under a comment with its source
 * line and a {@code # draft: check wording} mark, ids that say nothing of the answer.
 */
public final class DraftWriter {

  private static final int COMMENT_WIDTH = 90;

  private DraftWriter() {}

  /**
   * The deck file.
   *
   * @param id the deck's id
   * @param sourcePath the source text's path relative to where the deck is written
   */
  public static String write(
      String id, SourceText source, String sourcePath, List<DraftCard> cards) {
    StringBuilder out = new StringBuilder();
    out.append("# Drafted by retain draft from ")
        .append(sourcePath)
        .append(
            ": reword every card in your own words, then run retain lint and retain coverage.\n")
        .append("retain: 1\n")
        .append("id: ")
        .append(id)
        .append('\n')
        .append("title: ")
        .append(Quoted.yaml("Draft from " + source.name()))
        .append('\n')
        .append("source:\n  path: ")
        .append(Quoted.yaml(sourcePath))
        .append("\ncards:\n");
    int number = 0;
    for (DraftCard card : cards) {
      number = nextNumber(number, card.answerTerms());
      card(out, "draft-" + number, card);
    }
    return out.toString();
  }

  /** The next card number that does not spell a number of the card's answer. */
  private static int nextNumber(int last, Set<String> answerTerms) {
    int next = last + 1;
    while (answerTerms.contains(String.valueOf(next))) {
      next++;
    }
    return next;
  }

  private static void card(StringBuilder out, String id, DraftCard card) {
    Sentence sentence = card.sentence();
    out.append("\n  # line ")
        .append(sentence.line())
        .append(": ")
        .append(sentence.shortened(COMMENT_WIDTH))
        .append("\n  # draft: check wording\n")
        .append("  - id: ")
        .append(id)
        .append("\n    type: ")
        .append(card.type())
        .append('\n');
    if (card.type().equals("cloze")) {
      field(out, "text", card.prompt());
    } else {
      field(out, "q", card.prompt());
      field(out, "a", card.answer());
      card.unit().ifPresent(unit -> field(out, "unit", unit));
    }
    field(out, "explain", "Line " + sentence.line() + " of the source; say why it matters.");
    field(out, "ref", sentence.section());
  }

  private static void field(StringBuilder out, String key, String value) {
    out.append("    ").append(key).append(": ").append(Quoted.yaml(value)).append('\n');
  }
}
