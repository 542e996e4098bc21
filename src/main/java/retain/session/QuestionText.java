package retain.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.grade.Presentation;

/**
 * How each kind of item is put to a student: the prompt, the lettered options, how to answer.
 * Public so that {@code retain show} shows a card exactly as a session asks it.
 */
public final class QuestionText {

  private QuestionText() {}

  /** The question; for a cloze blank, the text with that blank as a gap and the others filled. */
  public static String prompt(Item item) {
    return item.card() instanceof ClozeCard cloze
        ? cloze.render(item.blank())
        : item.card().prompt();
  }

  /** The lettered lines to choose or arrange from, in the order {@code shown}; empty if none. */
  public static List<String> options(Card card, Presentation shown) {
    if (card instanceof ChoiceCard choice) {
      return lettered(shown.arrange(choice.choices()));
    }
    if (card instanceof MultiCard multi) {
      return lettered(shown.arrange(multi.choices()));
    }
    if (card instanceof OrderCard order) {
      return lettered(shown.arrange(order.order()));
    }
    return columns(card, shown).map(QuestionText::padded).orElse(List.of());
  }

  /** How to answer, such as "a date: day, month and year". */
  public static String instruction(Item item) {
    Card card = item.card();
    if (card instanceof ChoiceCard) {
      return "one letter, number or the text";
    }
    if (card instanceof MultiCard) {
      return "all that apply, such as: a c";
    }
    if (card instanceof OrderCard) {
      return "the letters in order, such as: c a b";
    }
    if (card instanceof MatchCard) {
      return "pair numbers with letters, such as: 1c 2a";
    }
    if (card instanceof NumericCard numeric) {
      return numeric.unit().map(unit -> "a number, in " + unit).orElse("a number");
    }
    if (card instanceof DateCard date) {
      return switch (date.answer().precision()) {
        case DAY -> "a date: day, month and year";
        case MONTH -> "a month and year";
        case YEAR -> "a year";
      };
    }
    return switch (card.type()) {
      case TRUEFALSE -> "true or false";
      case CLOZE -> "the words that fill [...]";
      default -> "a short answer";
    };
  }

  private static List<String> lettered(List<String> items) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      lines.add(Presentation.letter(i) + ") " + items.get(i));
    }
    return lines;
  }

  /**
   * A match card's two columns: the left items numbered in deck order, the right items lettered as
   * shuffled; empty for every other kind. A terminal lays them out to its width.
   */
  public static Optional<Columns> columns(Card card, Presentation shown) {
    if (!(card instanceof MatchCard match)) {
      return Optional.empty();
    }
    List<String> lefts = new ArrayList<>();
    List<String> rights = new ArrayList<>();
    List<String> shuffled =
        shown.arrange(match.pairs().stream().map(MatchCard.Pair::right).toList());
    for (int i = 0; i < match.pairs().size(); i++) {
      lefts.add((i + 1) + ") " + match.pairs().get(i).left());
      rights.add(Presentation.letter(i) + ") " + shuffled.get(i));
    }
    return Optional.of(new Columns(lefts, rights));
  }

  /** The columns as padded lines, for output of no known width (pipes, {@code show}). */
  private static List<String> padded(Columns columns) {
    int width = columns.left().stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < columns.left().size(); i++) {
      lines.add(
          String.format(
              "%-" + (width + 1) + "s   %s", columns.left().get(i), columns.right().get(i)));
    }
    return lines;
  }
}
