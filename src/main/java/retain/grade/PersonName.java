package retain.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a typed answer names a person (issue 12, {@code person: true}): by the surname, alone or
 * after or before given names, their initials ({@code V. Putin}, {@code V.V. Putin}), a patronymic
 * or a title ({@code President Putin}). The surname is the last word of the deck's name. Every
 * other typed word must be one of those, so {@code Putin and Lukashenko} or {@code A. Putin} names
 * nobody.
 */
final class PersonName {

  /** Titles and offices that may stand before a name, in their folded spelling. */
  static final Set<String> TITLES =
      Stream.of(
              "president",
              "mr",
              "mrs",
              "ms",
              "miss",
              "dr",
              "prof",
              "general",
              "secretary",
              "minister",
              "prime",
              "defense",
              "foreign",
              "comrade",
              "sir",
              "marshal",
              "colonel")
          .map(Spelling::fold)
          .collect(Collectors.toUnmodifiableSet());

  private PersonName() {}

  /**
   * The word the typed answer gives as the surname of the target name when every other word is a
   * title, a given name of the target, its initial or a patronymic; empty otherwise.
   *
   * @param given the typed answer's compared words
   * @param target the deck's name's compared words
   */
  static Optional<String> typedSurname(List<String> given, List<String> target) {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = target.subList(0, target.size() - 1);
    List<String> unexplained = new ArrayList<>();
    boolean initial = false;
    for (String word : given) {
      boolean explained =
          TITLES.contains(word)
              || names.contains(word)
              || isPatronymic(word)
              || (word.length() == 1 && (initial || startsAName(word, names)));
      initial |= word.length() == 1 && explained;
      if (!explained) {
        unexplained.add(word);
      }
    }
    return unexplained.size() == 1 ? Optional.of(unexplained.get(0)) : Optional.empty();
  }

  /** Whether the typed words name the target person exactly, with no typo in the surname. */
  static boolean names(List<String> given, List<String> target) {
    return typedSurname(given, target).filter(target.get(target.size() - 1)::equals).isPresent();
  }

  private static boolean startsAName(String letter, List<String> names) {
    return names.stream().anyMatch(name -> name.startsWith(letter));
  }

  private static boolean isPatronymic(String word) {
    return word.length() > 6 && word.matches(".*(?:ovich|evich|ovna|evna)");
  }
}
