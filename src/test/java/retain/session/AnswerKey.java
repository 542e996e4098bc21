package retain.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Deck;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.PartialDate;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;

/**
 * What a student would type to answer a question right or wrong. Letters are read from the
 * question's lettered options, so the answers follow whatever order the session's shuffle showed.
 * Wrong answers earn no credit at all, so each is proposed Again.
 */
final class AnswerKey {

  /** An option line, {@code b) Minsk}, or the right column of a match line. */
  private static final Pattern OPTION = Pattern.compile("(?:^|\\s{3})([a-z])\\) (.*)$");

  private final Deck deck;

  AnswerKey(Deck deck) {
    this.deck = deck;
  }

  /** Replies with the right answer to whatever is asked. */
  Function<Question, String> right() {
    return this::right;
  }

  /** Replies with a wrong answer to whatever is asked. */
  Function<Question, String> wrong() {
    return this::wrong;
  }

  String right(Question question) {
    Item item = deck.requireItem(question.itemId());
    Card card = item.card();
    Map<String, String> letters = letters(question);
    if (card instanceof ShortCard text) {
      return text.answer();
    }
    if (card instanceof ChoiceCard choice) {
      return letters.get(choice.answer());
    }
    if (card instanceof MultiCard multi) {
      return multi.answers().stream().map(letters::get).collect(Collectors.joining(" "));
    }
    if (card instanceof OrderCard order) {
      return order.order().stream().map(letters::get).collect(Collectors.joining(" "));
    }
    if (card instanceof MatchCard match) {
      return pairs(match, letters, 0);
    }
    if (card instanceof TrueFalseCard truth) {
      return String.valueOf(truth.answer());
    }
    if (card instanceof NumericCard numeric) {
      return numeric.answer().toPlainString();
    }
    if (card instanceof DateCard date) {
      return date.answer().display();
    }
    return ((ClozeCard) card).blanks().get(item.blank() - 1).answer();
  }

  String wrong(Question question) {
    Item item = deck.requireItem(question.itemId());
    Card card = item.card();
    Map<String, String> letters = letters(question);
    if (card instanceof ChoiceCard choice) {
      return letters.get(
          choice.choices().stream()
              .filter(c -> !c.equals(choice.answer()))
              .findFirst()
              .orElseThrow());
    }
    if (card instanceof MultiCard multi) {
      return letters.get(
          multi.choices().stream()
              .filter(c -> !multi.answers().contains(c))
              .findFirst()
              .orElseThrow());
    }
    if (card instanceof OrderCard order) {
      List<String> reversed = new ArrayList<>(order.order());
      Collections.reverse(reversed);
      return reversed.stream().map(letters::get).collect(Collectors.joining(" "));
    }
    if (card instanceof MatchCard match) {
      return pairs(match, letters, 1);
    }
    if (card instanceof TrueFalseCard truth) {
      return String.valueOf(!truth.answer());
    }
    if (card instanceof NumericCard numeric) {
      return numeric.answer().add(BigDecimal.valueOf(1000)).toPlainString();
    }
    if (card instanceof DateCard date) {
      return new PartialDate(LocalDate.of(1900, 1, 1), date.answer().precision()).display();
    }
    return "nothing like it";
  }

  /** Each left item numbered with the letter of the right item {@code shift} places on. */
  private static String pairs(MatchCard match, Map<String, String> letters, int shift) {
    int size = match.pairs().size();
    return IntStream.range(0, size)
        .mapToObj(i -> (i + 1) + letters.get(match.pairs().get((i + shift) % size).right()))
        .collect(Collectors.joining(" "));
  }

  /** The letter each option text was shown under. */
  private static Map<String, String> letters(Question question) {
    return question.options().stream()
        .map(OPTION::matcher)
        .filter(Matcher::find)
        .collect(Collectors.toMap(m -> m.group(2), m -> m.group(1)));
  }
}
