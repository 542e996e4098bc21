package retain.grade;

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
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;

/**
 * How each kind of item is put to a student: the prompt, the lettered options, how to answer.
 * Public so that {@code retain show} shows a card exactly as a session asks it.
 */
public final class QuestionText {

  private QuestionText() {}

  /** The question; for a cloze blank, the text with that blank as a gap and the others filled. */
  public static String prompt(Item item) {
    return item.card().accept(new Prompt(item.blank()));
  }

  /** The lettered lines to choose or arrange from, in the order {@code shown}; empty if none. */
  public static List<String> options(Card card, Presentation shown) {
    return card.accept(new Lettered(shown));
  }

  /** How to answer, such as "a date: day, month and year". */
  public static String instruction(Item item) {
    return item.card().accept(new Instruction());
  }

  /**
   * A match card's two columns: the left items numbered in deck order, the right items lettered as
   * shuffled; empty for every other kind. A terminal lays them out to its width.
   */
  public static Optional<Columns> columns(Card card, Presentation shown) {
    return card.accept(new MatchColumns(shown));
  }

  private static List<String> lettered(List<String> items) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      lines.add(Presentation.letter(i) + ") " + items.get(i));
    }
    return lines;
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

  private static Columns columns(MatchCard match, Presentation shown) {
    List<String> lefts = new ArrayList<>();
    List<String> rights = new ArrayList<>();
    List<String> shuffled =
        shown.arrange(match.pairs().stream().map(MatchCard.Pair::right).toList());
    for (int i = 0; i < match.pairs().size(); i++) {
      lefts.add((i + 1) + ") " + match.pairs().get(i).left());
      rights.add(Presentation.letter(i) + ") " + shuffled.get(i));
    }
    return new Columns(lefts, rights);
  }

  /** The question as asked; a cloze card asks one blank at a time. */
  private record Prompt(int blank) implements Card.Visitor<String> {

    @Override
    public String visit(ShortCard card) {
      return card.prompt();
    }

    @Override
    public String visit(ChoiceCard card) {
      return card.prompt();
    }

    @Override
    public String visit(MultiCard card) {
      return card.prompt();
    }

    @Override
    public String visit(TrueFalseCard card) {
      return card.prompt();
    }

    @Override
    public String visit(NumericCard card) {
      return card.prompt();
    }

    @Override
    public String visit(DateCard card) {
      return card.prompt();
    }

    @Override
    public String visit(ClozeCard card) {
      return card.render(blank);
    }

    @Override
    public String visit(OrderCard card) {
      return card.prompt();
    }

    @Override
    public String visit(MatchCard card) {
      return card.prompt();
    }
  }

  /** The lines of a card's list, as shown. */
  private record Lettered(Presentation shown) implements Card.Visitor<List<String>> {

    @Override
    public List<String> visit(ShortCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(ChoiceCard card) {
      return lettered(shown.arrange(card.choices()));
    }

    @Override
    public List<String> visit(MultiCard card) {
      return lettered(shown.arrange(card.choices()));
    }

    @Override
    public List<String> visit(TrueFalseCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(NumericCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(DateCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(ClozeCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(OrderCard card) {
      return lettered(shown.arrange(card.order()));
    }

    @Override
    public List<String> visit(MatchCard card) {
      return padded(columns(card, shown));
    }
  }

  /** How to answer each kind of card. */
  private record Instruction() implements Card.Visitor<String> {

    @Override
    public String visit(ShortCard card) {
      return "a short answer";
    }

    @Override
    public String visit(ChoiceCard card) {
      return "one letter, number or the text";
    }

    @Override
    public String visit(MultiCard card) {
      return "all that apply, such as: a c";
    }

    @Override
    public String visit(TrueFalseCard card) {
      return "true or false";
    }

    @Override
    public String visit(NumericCard card) {
      return card.unit().map(unit -> "a number, in " + unit).orElse("a number");
    }

    @Override
    public String visit(DateCard card) {
      return switch (card.answer().precision()) {
        case DAY -> "a date: day, month and year";
        case MONTH -> "a month and year";
        case YEAR -> "a year";
      };
    }

    @Override
    public String visit(ClozeCard card) {
      return "the words that fill [...]";
    }

    @Override
    public String visit(OrderCard card) {
      return "the letters in order, such as: c a b";
    }

    @Override
    public String visit(MatchCard card) {
      return "pair numbers with letters, such as: 1c 2a";
    }
  }

  /** A match card's columns; other kinds have none. */
  private record MatchColumns(Presentation shown) implements Card.Visitor<Optional<Columns>> {

    @Override
    public Optional<Columns> visit(ShortCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(ChoiceCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(MultiCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(TrueFalseCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(NumericCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(DateCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(ClozeCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(OrderCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Columns> visit(MatchCard card) {
      return Optional.of(columns(card, shown));
    }
  }
}
