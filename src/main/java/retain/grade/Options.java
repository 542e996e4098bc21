package retain.grade;

import java.util.List;
import java.util.Optional;

/**
 * A shown list that a student picks from by text, by the letter it was shown at, or by its 1-based
 * number (design §2: choice, multi, order, match).
 */
final class Options {

  /** One element picked from the list. */
  record Pick(int index, boolean typo) {}

  private final List<String> texts;
  private final List<String> normalized;
  private final Presentation presentation;
  private final boolean letters;
  private final boolean numbers;

  /**
   * @param texts the list in the deck's order
   * @param letters whether a letter names a shown position
   * @param numbers whether a 1-based number names a shown position
   */
  Options(List<String> texts, Presentation presentation, boolean letters, boolean numbers) {
    presentation.requireFits(texts.size());
    this.texts = texts;
    this.normalized = texts.stream().map(TextNormalizer::normalize).toList();
    this.presentation = presentation;
    this.letters = letters;
    this.numbers = numbers;
  }

  int size() {
    return texts.size();
  }

  String text(int index) {
    return texts.get(index);
  }

  /** The letter the deck's element {@code index} was shown at. */
  String letterOf(int index) {
    return Presentation.letter(presentation.position(index));
  }

  /**
   * The element a part of a response names: its exact text first (so a choice that reads {@code a}
   * is not the letter a), then a letter, then a number, then the one text within typo tolerance.
   * Letters and numbers are never typo-tolerated.
   */
  Optional<Pick> resolve(String part) {
    String given = TextNormalizer.normalize(part);
    Optional<Pick> exactly = resolveExactly(given);
    return exactly.isPresent() ? exactly : byTypo(given);
  }

  /** Like {@link #resolve} without typo tolerance, for a part already normalised. */
  Optional<Pick> resolveExactly(String given) {
    int exact = normalized.indexOf(given);
    if (exact >= 0) {
      return Optional.of(new Pick(exact, false));
    }
    return byLetter(given).or(() -> byNumber(given));
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
          && TypoDistance.atMost(given, target, tolerated) <= tolerated
          && TypoDistance.sameNumbers(given, target)) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = Optional.of(new Pick(i, true));
      }
    }
    return found;
  }
}
