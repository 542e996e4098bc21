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

/** The right answer of an item as a student reads it, on one line. */
final class Expected {

  private Expected() {}

  /**
   * {@code Lukashenko}, {@code industry, transport}, {@code true}, {@code 128.5 km}, {@code 19
   * December 2022}, {@code 1. first; 2. second}, {@code Minsk = Belarus; Moscow = Russia}.
   */
  static String of(Item item) {
    return Quote.flat(display(item.card(), item.blank()));
  }

  private static String display(Card card, int blank) {
    if (card instanceof ShortCard text) {
      return text.answer();
    }
    if (card instanceof ChoiceCard choice) {
      return choice.answer();
    }
    if (card instanceof MultiCard multi) {
      return String.join(", ", multi.answers());
    }
    if (card instanceof TrueFalseCard statement) {
      return String.valueOf(statement.answer());
    }
    if (card instanceof NumericCard number) {
      return bounded(number.bound())
          + number(number.answer())
          + number.unit().map(unit -> " " + unit).orElse("");
    }
    if (card instanceof DateCard date) {
      return date.answer().display();
    }
    if (card instanceof ClozeCard cloze) {
      return cloze.blanks().get(blank - 1).answer();
    }
    if (card instanceof OrderCard order) {
      return numbered(order.order());
    }
    MatchCard match = (MatchCard) card;
    return match.pairs().stream()
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
