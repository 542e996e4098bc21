package retain.deck;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a card's id names its own answer: study and quiz no longer show ids, but {@code show},
 * {@code history} and exam reports do, and an id such as {@code russkiy-mir} for the answer
 * "Russkiy Mir" tells a student the answer before they think. Short words (of, the, 2022) and words
 * the question itself already says give nothing away.
 */
final class IdGiveaway {

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int SHORTEST_DISTINCTIVE = 4;

  private IdGiveaway() {}

  /** Whether a word of {@code card}'s id is in its answer and not in its question. */
  static boolean givesAway(Card card) {
    // the id first: most ids have no word both long and missing from the question, and then the
    // answers need not be read (lint of an imported 10,000-question bank, issue 21)
    Set<String> id = words(List.of(card.id()));
    if (id.isEmpty()) {
      return false;
    }
    id.removeAll(words(List.of(card.prompt())));
    if (id.isEmpty()) {
      return false;
    }
    Set<String> answer = words(answers(card));
    return id.stream().anyMatch(answer::contains);
  }

  private static Set<String> words(List<String> texts) {
    Set<String> words = new HashSet<>();
    for (String text : texts) { // a loop: lint checks every card of every deck a study loads
      for (String word : NOT_LETTERS.split(DeckWarnings.normalise(text))) {
        if (word.length() >= SHORTEST_DISTINCTIVE) {
          words.add(word);
        }
      }
    }
    return words;
  }

  // only answers a student writes or picks as words: a date, a number or an arrangement is not
  // given away by a word of an id
  private static List<String> answers(Card card) {
    return card.accept(new WordAnswers());
  }

  private static final class WordAnswers implements Card.Visitor<List<String>> {

    @Override
    public List<String> visit(ShortCard card) {
      return Stream.concat(Stream.of(card.answer()), card.accept().stream()).toList();
    }

    @Override
    public List<String> visit(ChoiceCard card) {
      return List.of(card.answer());
    }

    @Override
    public List<String> visit(MultiCard card) {
      return card.answers();
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
      return card.blanks().stream()
          .flatMap(blank -> Stream.concat(Stream.of(blank.answer()), blank.accept().stream()))
          .toList();
    }

    @Override
    public List<String> visit(OrderCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(MatchCard card) {
      return List.of();
    }
  }
}
