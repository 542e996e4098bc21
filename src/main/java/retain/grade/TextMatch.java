package retain.grade;

import java.util.List;
import java.util.Optional;

/**
 * How a typed text compares with an answer and its alternatives (design §2, {@code short}).
 *
 * @param kind {@code EXACT} for the answer, {@code ACCEPTED_ALTERNATIVE} for an alternative, or
 *     {@code TYPO_TOLERATED}
 * @param target the answer or alternative it matched, as the deck writes it
 */
record TextMatch(Verdict.Kind kind, String target) {

  /**
   * The first of the targets the text equals after normalisation, else the nearest within the typos
   * its normalised form tolerates (the answer winning ties), else empty.
   *
   * @param targets the answer first, then its alternatives
   * @param typos whether the card tolerates typos at all
   */
  static Optional<TextMatch> find(String text, List<String> targets, boolean typos) {
    String given = TextNormalizer.normalize(text);
    for (int i = 0; i < targets.size(); i++) {
      if (given.equals(TextNormalizer.normalize(targets.get(i)))) {
        return Optional.of(
            new TextMatch(kindOf(i, Verdict.Kind.ACCEPTED_ALTERNATIVE), targets.get(i)));
      }
    }
    return typos ? nearest(given, targets, false) : Optional.empty();
  }

  /**
   * The target a text would have matched but for a rule: a differing number, or typos being off on
   * this card. Used to explain a wrong answer.
   */
  static Optional<String> nearMiss(String text, List<String> targets) {
    return nearest(TextNormalizer.normalize(text), targets, true).map(TextMatch::target);
  }

  private static Optional<TextMatch> nearest(
      String given, List<String> targets, boolean anyNumbers) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String target : targets) {
      String normalized = TextNormalizer.normalize(target);
      int tolerated = TypoDistance.tolerated(normalized);
      int distance = TypoDistance.atMost(given, normalized, tolerated);
      if (tolerated > 0
          && distance <= tolerated
          && distance < bestDistance
          && (anyNumbers || TypoDistance.sameNumbers(given, normalized))) {
        best = target;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best)
        .map(target -> new TextMatch(Verdict.Kind.TYPO_TOLERATED, target));
  }

  private static Verdict.Kind kindOf(int index, Verdict.Kind otherwise) {
    return index == 0 ? Verdict.Kind.EXACT : otherwise;
  }
}
