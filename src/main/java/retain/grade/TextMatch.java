package retain.grade;

import java.util.List;
import java.util.Optional;
import retain.text.EditDistance;

/**
 * How a typed text compares with an answer and its alternatives (design §2 and issue 12, {@code
 * short}): by their {@link TextForm compared words}, then as a person's name when the card says so,
 * then within the typos the answer tolerates when {@link NearWords} agrees it is a typo.
 *
 * @param kind {@code EXACT} for the answer, {@code ACCEPTED_ALTERNATIVE} for an alternative, or
 *     {@code TYPO_TOLERATED}
 * @param target the answer or alternative it matched, as the deck writes it
 */
record TextMatch(Verdict.Kind kind, String target) {

  /** What a card asks of a typed text beyond its answer and alternatives. */
  record Rules(boolean typos, boolean person) {}

  /**
   * The first of the targets the text equals in compared form (or names, for a person), else the
   * nearest within the typos it tolerates (the answer winning ties), else empty.
   *
   * @param targets the answer first, then its alternatives
   */
  static Optional<TextMatch> find(String text, List<String> targets, Rules rules) {
    String given = TextForm.of(text);
    List<String> givenWords = TextForm.split(given);
    List<String> forms = targets.stream().map(TextForm::of).toList();
    for (int i = 0; i < targets.size(); i++) {
      String target = forms.get(i);
      if (given.equals(target)
          || (rules.person() && PersonName.names(givenWords, TextForm.split(target)))) {
        return Optional.of(
            new TextMatch(kindOf(i, Verdict.Kind.ACCEPTED_ALTERNATIVE), targets.get(i)));
      }
    }
    if (!rules.typos()) {
      return Optional.empty();
    }
    return nearest(given, targets, forms, false)
        .or(() -> surnameTypo(givenWords, targets, forms, rules));
  }

  /**
   * The target a text would have matched but for a rule: a differing number, or typos being off on
   * this card. Used to explain a wrong answer.
   */
  static Optional<String> nearMiss(String text, List<String> targets) {
    List<String> forms = targets.stream().map(TextForm::of).toList();
    return nearest(TextForm.of(text), targets, forms, true).map(TextMatch::target);
  }

  private static Optional<TextMatch> nearest(
      String given, List<String> targets, List<String> forms, boolean anyNumbers) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < targets.size(); i++) {
      String target = targets.get(i);
      String form = forms.get(i);
      int tolerated = TypoDistance.tolerated(form);
      int distance = EditDistance.atMost(given, form, tolerated);
      if (tolerated > 0
          && distance <= tolerated
          && distance < bestDistance
          && (anyNumbers
              || (TypoDistance.sameNumbers(given, form) && NearWords.typoOf(given, form)))) {
        best = target;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best)
        .map(target -> new TextMatch(Verdict.Kind.TYPO_TOLERATED, target));
  }

  /** A person named by a surname with a typo: {@code President Puttin}. */
  private static Optional<TextMatch> surnameTypo(
      List<String> given, List<String> targets, List<String> forms, Rules rules) {
    if (!rules.person()) {
      return Optional.empty();
    }
    for (int i = 0; i < targets.size(); i++) {
      String target = targets.get(i);
      List<String> words = TextForm.split(forms.get(i));
      Optional<String> surname = PersonName.typedSurname(given, words);
      if (surname.isPresent() && NearWords.typoOf(surname.get(), words.get(words.size() - 1))) {
        return Optional.of(new TextMatch(Verdict.Kind.TYPO_TOLERATED, target));
      }
    }
    return Optional.empty();
  }

  private static Verdict.Kind kindOf(int index, Verdict.Kind otherwise) {
    return index == 0 ? Verdict.Kind.EXACT : otherwise;
  }
}
