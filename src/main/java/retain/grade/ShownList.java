package retain.grade;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import retain.text.EditDistance;

/**
 * A shown list that a student picks from by text, by the letter it was shown at, or by its 1-based
 * number (design §2: choice, multi, order, match).
 */
final class ShownList {

  /** One element picked from the list. */
  record Pick(int index, boolean typo) {}

  private final List<String> texts;
  private final List<String> normalized;
  private final List<String> literals;

  /** Each text's compared words, worked out only when a part names no text exactly. */
  private List<List<String>> words;

  private final int mostSeparatorsInAText;
  private final Presentation presentation;
  private final boolean letters;
  private final boolean numbers;

  /**
   * @param texts the list in the deck's order
   * @param letters whether a letter names a shown position
   * @param numbers whether a 1-based number names a shown position
   */
  ShownList(List<String> texts, Presentation presentation, boolean letters, boolean numbers) {
    presentation.requireFits(texts.size());
    this.texts = texts;
    this.normalized = texts.stream().map(TextNormalizer::normalize).toList();
    this.literals = texts.stream().map(text -> text.strip().toLowerCase(Locale.ROOT)).toList();
    this.mostSeparatorsInAText =
        texts.stream()
            .mapToInt(text -> (int) Picks.SEPARATORS.matcher(text).results().count())
            .max()
            .orElse(0);
    this.presentation = presentation;
    this.letters = letters;
    this.numbers = numbers;
  }

  int size() {
    return texts.size();
  }

  /** How many separators (commas, semicolons, arrows) the wordiest element's text holds. */
  int mostSeparatorsInAText() {
    return mostSeparatorsInAText;
  }

  String text(int index) {
    return texts.get(index);
  }

  /** The letter the deck's element {@code index} was shown at. */
  String letterOf(int index) {
    return Presentation.letter(presentation.position(index));
  }

  /**
   * The element a part of a response names: a text that is literally the part (so a choice that
   * reads {@code a} is not the letter a), then a letter or number, then a text equal after
   * normalisation (which must not capture a position: {@code 1-} reads as {@code 1}), then the one
   * text whose words it names (issue 12: {@code tax} for {@code Tax law}, {@code D. Mezentsev} for
   * {@code Dmitry Mezentsev}), then the one text within typo tolerance. Letters and numbers are
   * never typo-tolerated.
   */
  Optional<Pick> resolve(String part) {
    String given = TextNormalizer.normalize(part);
    Optional<Pick> exactly = exactly(part, given);
    return exactly.isPresent() ? exactly : byTypo(given);
  }

  /** Like {@link #resolve} without typo tolerance. */
  Optional<Pick> resolveExactly(String part) {
    return exactly(part, TextNormalizer.normalize(part));
  }

  private Optional<Pick> exactly(String part, String given) {
    int literal = literals.indexOf(part.strip().toLowerCase(Locale.ROOT));
    if (literal >= 0) {
      return Optional.of(new Pick(literal, false));
    }
    Optional<Pick> position = byLetter(given).or(() -> byNumber(given));
    if (position.isPresent()) {
      return position;
    }
    int exact = normalized.indexOf(given);
    return exact >= 0 ? Optional.of(new Pick(exact, false)) : byName(part);
  }

  /**
   * The one text that has every typed word (titles aside; a single letter standing for a word it
   * starts), when at least one typed word has three letters or more: a part that names two texts,
   * or words of none, picks nothing.
   */
  private Optional<Pick> byName(String part) {
    List<String> typed =
        TextForm.words(part).stream().filter(word -> !PersonName.TITLES.contains(word)).toList();
    if (typed.stream().noneMatch(word -> word.length() >= 3)) {
      return Optional.empty();
    }
    Optional<Pick> found = Optional.empty();
    for (int i = 0; i < texts.size(); i++) {
      List<String> text = words(i);
      boolean named =
          typed.stream()
              .allMatch(
                  word ->
                      text.contains(word)
                          || (word.length() == 1
                              && text.stream().anyMatch(w -> w.startsWith(word))));
      if (named) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = Optional.of(new Pick(i, false));
      }
    }
    return found;
  }

  private List<String> words(int index) {
    if (words == null) {
      words = texts.stream().map(TextForm::words).toList();
    }
    return words.get(index);
  }

  /** Whether a part is the letter of a shown position; used to read {@code cadb} as letters. */
  boolean isLetter(int codePoint) {
    return letters && codePoint >= 'a' && codePoint < 'a' + texts.size();
  }

  private Optional<Pick> byLetter(String given) {
    if (given.length() == 1 && isLetter(given.charAt(0))) {
      return Optional.of(new Pick(presentation.deckIndex(given.charAt(0) - 'a'), false));
    }
    return Optional.empty();
  }

  private Optional<Pick> byNumber(String given) {
    if (numbers && given.matches("\\d{1,2}")) {
      int number = Integer.parseInt(given);
      if (number >= 1 && number <= texts.size()) {
        return Optional.of(new Pick(presentation.deckIndex(number - 1), false));
      }
    }
    return Optional.empty();
  }

  /** The single element within typo tolerance; none when two are, since that is a guess. */
  private Optional<Pick> byTypo(String given) {
    Optional<Pick> found = Optional.empty();
    for (int i = 0; i < texts.size(); i++) {
      String target = normalized.get(i);
      int tolerated = TypoDistance.tolerated(target);
      if (tolerated > 0
          && EditDistance.atMost(given, target, tolerated) <= tolerated
          && TypoDistance.sameNumbers(given, target)
          && NearWords.typoOf(TextForm.of(given), String.join(" ", words(i)))) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = Optional.of(new Pick(i, true));
      }
    }
    return found;
  }
}
