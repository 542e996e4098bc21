package retain.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import retain.deck.ChoiceCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.OrderCard;

/**
 * How a choice, multi, order or match card is laid out on an Anki Basic note, and how that layout
 * is read back: the question, a blank line, then the options lettered {@code a) ...} (a match card
 * has its left side numbered {@code 1) ...} first). The back holds the answer: the right choice,
 * the right choices one per line, the items numbered in order, or one {@code left = right} pair per
 * line.
 */
final class AnkiLayout {

  private static final Pattern LETTERED = Pattern.compile("([a-z])\\) (.*)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)[.)] (.*)");
  private static final String PAIR = " = ";

  private AnkiLayout() {}

  /** The front of a choice card's note: its question and its choices. */
  static String front(ChoiceCard card) {
    return card.prompt() + "\n\n" + lettered(card.choices());
  }

  static String front(MultiCard card) {
    return card.prompt() + "\n\n" + lettered(card.choices());
  }

  static String front(OrderCard card) {
    return card.prompt() + "\n\n" + lettered(unsolved(card.order()));
  }

  static String front(MatchCard card) {
    List<String> lefts = card.pairs().stream().map(MatchCard.Pair::left).toList();
    List<String> rights = card.pairs().stream().map(MatchCard.Pair::right).toList();
    return card.prompt() + "\n\n" + numbered(lefts, ") ") + "\n\n" + lettered(unsolved(rights));
  }

  /** The right choices, one per line, on the back of a multi card's note. */
  static String back(MultiCard card) {
    return String.join("\n", card.answers());
  }

  static String back(OrderCard card) {
    return numbered(card.order(), ". ");
  }

  static String back(MatchCard card) {
    return card.pairs().stream()
        .map(pair -> pair.left() + PAIR + pair.right())
        .collect(Collectors.joining("\n"));
  }

  /**
   * The deck fields (q and the answer keys) of a note laid out for {@code type}; empty when the
   * note does not follow the layout, so the caller can keep it as a short card.
   */
  static Optional<Map<String, Object>> read(String type, String front, String back) {
    String[] blocks = front.split("\n\n");
    List<String> answer = back.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (blocks.length < 2 || answer.isEmpty()) {
      return Optional.empty();
    }
    String question = blocks[0];
    Optional<List<String>> options = items(blocks[blocks.length - 1], LETTERED);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("q", question);
    switch (type) {
      case "choice", "multi" -> {
        if (options.isEmpty() || !options.get().containsAll(answer)) {
          return Optional.empty();
        }
        fields.put("choices", options.get());
        fields.put("a", type.equals("choice") ? answer.get(0) : answer);
      }
      case "order" -> {
        Optional<List<String>> order = items(String.join("\n", answer), NUMBERED);
        if (order.isEmpty()) {
          return Optional.empty();
        }
        fields.put("items", order.get());
      }
      case "match" -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : answer) {
          int split = line.indexOf(PAIR);
          if (split < 0) {
            return Optional.empty();
          }
          pairs.put(line.substring(0, split), line.substring(split + PAIR.length()));
        }
        fields.put("pairs", pairs);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(fields);
  }

  /** The texts of lines such as {@code a) Minsk}; empty if any line is not one. */
  private static Optional<List<String>> items(String block, Pattern pattern) {
    List<String> texts = new ArrayList<>();
    for (String line : block.lines().toList()) {
      Matcher matcher = pattern.matcher(line.strip());
      if (!matcher.matches()) {
        return Optional.empty();
      }
      texts.add(matcher.group(2));
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
  }

  /**
   * A fixed order that is not the solution, so the front does not give an order or match card away:
   * alphabetical, or reversed when that happens to be the solution.
   */
  private static List<String> unsolved(List<String> solved) {
    List<String> sorted = new ArrayList<>(solved);
    sorted.sort(Comparator.naturalOrder());
    if (sorted.equals(solved)) {
      Collections.reverse(sorted);
    }
    return sorted;
  }

  private static String lettered(List<String> items) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> (char) ('a' + i) + ") " + items.get(i))
        .collect(Collectors.joining("\n"));
  }

  private static String numbered(List<String> items, String after) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> (i + 1) + after + items.get(i))
        .collect(Collectors.joining("\n"));
  }
}
