package retain.grade;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import retain.deck.Bound;
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
 * The right answer of an item as a student reads it, on one line.
 *
 * @param blank the cloze blank asked, as in {@link Item#blank()}
 */
record Expected(int blank) implements Card.Visitor<String> {

  /**
   * {@code Lukashenko}, {@code industry, transport}, {@code true}, {@code 128.5 km}, {@code 19
   * December 2022}, {@code 1. first; 2. second}, {@code Minsk = Belarus; Moscow = Russia}.
   */
  static String of(Item item) {
    return Quote.flat(item.card().accept(new Expected(item.blank())));
  }

  @Override
  public String visit(ShortCard card) {
    return card.answer();
  }

  @Override
  public String visit(ChoiceCard card) {
    return card.answer();
  }

  @Override
  public String visit(MultiCard card) {
    return String.join(", ", card.answers());
  }

  @Override
  public String visit(TrueFalseCard card) {
    return String.valueOf(card.answer());
  }

  @Override
  public String visit(NumericCard card) {
    return bounded(card.bound())
        + number(card.answer())
        + card.unit().map(unit -> " " + unit).orElse("");
  }

  @Override
  public String visit(DateCard card) {
    return card.answer().display();
  }

  @Override
  public String visit(ClozeCard card) {
    return card.blanks().get(blank - 1).answer();
  }

  @Override
  public String visit(OrderCard card) {
    return numbered(card.order());
  }

  @Override
  public String visit(MatchCard card) {
    return card.pairs().stream()
        .map(pair -> pair.left() + " = " + pair.right())
        .collect(Collectors.joining("; "));
  }

  /** A number as people write it: {@code 128.5}, {@code 1000}, never {@code 1E+3}. */
  static String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  private static String bounded(Bound bound) {
    return switch (bound) {
      case EXACT -> "";
      case LOWER -> "more than ";
      case UPPER -> "at most ";
      case ABOUT -> "about ";
    };
  }

  private static String numbered(List<String> items) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> (i + 1) + ". " + items.get(i))
        .collect(Collectors.joining("; "));
  }
}
