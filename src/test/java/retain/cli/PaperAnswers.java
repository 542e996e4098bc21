package retain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.Deck;
import retain.deck.DeckLoader;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.OrderCard;
import retain.grade.Grader;
import retain.grade.QuestionText;

/**
 * A student who knows every answer and reads only the printed paper: each question is found by its
 * prompt, and each letter is read off the paper's own lines, never computed from the shuffle.
 */
final class PaperAnswers {

  private static final Pattern OPTION = Pattern.compile("(?:^|\\s{3})([a-z])\\) (.*)$");
  private static final Pattern QUESTION = Pattern.compile("(?s)^(\\d+)\\. (.*)$");

  private final Deck deck;

  PaperAnswers(Path deckFile) throws IOException {
    this.deck =
        DeckLoader.load(deckFile.toString(), Files.readAllBytes(deckFile)).value().orElseThrow();
  }

  /** The right answer to every question of a printed text paper, by question number. */
  Map<Integer, String> answer(String paper) {
    Map<Integer, String> answers = new LinkedHashMap<>();
    String[] blocks = paper.split("\n\n");
    for (int i = 1; i < blocks.length; i++) {
      List<String> lines = List.of(blocks[i].split("\n"));
      Matcher question = QUESTION.matcher(lines.get(0));
      if (!question.matches()) {
        throw new AssertionError("not a question: " + blocks[i]);
      }
      List<String> prompt = new ArrayList<>(List.of(question.group(2)));
      List<String> options = new ArrayList<>();
      for (String line : lines.subList(1, lines.size() - 1)) {
        if (line.matches("   ([a-z]|\\d+)\\) .*")) {
          options.add(line.substring(3));
        } else {
          prompt.add(line.substring(3));
        }
      }
      Item item = byPrompt(String.join("\n", prompt));
      answers.put(Integer.parseInt(question.group(1)), right(item, options));
    }
    return answers;
  }

  /** The template with each answer written after its number. */
  static String fill(String template, Map<Integer, String> answers) {
    String filled = template;
    for (var answer : answers.entrySet()) {
      filled =
          filled.replace(
              "\n  " + answer.getKey() + ":   #",
              "\n  " + answer.getKey() + ": \"" + answer.getValue() + "\"   #");
    }
    return filled;
  }

  private Item byPrompt(String prompt) {
    List<Item> found =
        deck.items().stream().filter(item -> QuestionText.prompt(item).equals(prompt)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " items ask: " + prompt);
    }
    return found.get(0);
  }

  private static String right(Item item, List<String> options) {
    Card card = item.card();
    if (card instanceof ChoiceCard choice) {
      return letterOf(choice.answer(), options);
    }
    if (card instanceof MultiCard multi) {
      return multi.answers().stream().map(text -> letterOf(text, options)).collect(joining());
    }
    if (card instanceof OrderCard order) {
      return order.order().stream().map(text -> letterOf(text, options)).collect(joining());
    }
    if (card instanceof MatchCard match) {
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < match.pairs().size(); i++) {
        pairs.add((i + 1) + letterOf(match.pairs().get(i).right(), options));
      }
      return String.join(" ", pairs);
    }
    return Grader.expected(item);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(" ");
  }

  private static String letterOf(String text, List<String> options) {
    for (String option : options) {
      Matcher lettered = OPTION.matcher(option);
      if (lettered.find() && lettered.group(2).strip().equals(text)) {
        return lettered.group(1);
      }
    }
    throw new AssertionError("'" + text + "' is not on the paper: " + options);
  }
}
