package retain.deck;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which keys a card of each type may have (design §2). */
final class CardSchema {

  static final List<String> COMMON =
      List.of("id", "type", "topic", "tags", "hint", "explain", "ref", "was");

  private CardSchema() {}

  /** Every key a card of {@code type} may have, common keys first. */
  static Set<String> keys(CardType type) {
    Set<String> keys = new LinkedHashSet<>(COMMON);
    keys.addAll(specific(type));
    return keys;
  }

  /** The keys of one type; a switch, so that a new type does not compile without its keys. */
  private static List<String> specific(CardType type) {
    return switch (type) {
      case SHORT -> List.of("q", "a", "accept", "typos", "person");
      case CHOICE, MULTI -> List.of("q", "a", "choices", "shuffle");
      case TRUEFALSE, DATE -> List.of("q", "a");
      case NUMERIC -> List.of("q", "a", "tolerance", "unit", "bound");
      case CLOZE -> List.of("text", "typos");
      case ORDER -> List.of("q", "items");
      case MATCH -> List.of("q", "pairs");
    };
  }

  /** Every key any card may have. */
  static Set<String> allKeys() {
    Set<String> keys = new LinkedHashSet<>(COMMON);
    Arrays.stream(CardType.values()).map(CardSchema::specific).forEach(keys::addAll);
    return keys;
  }

  /** Why {@code key} does not belong on a card of {@code type}, when another type uses it. */
  static Optional<String> misplaced(String key, CardType type) {
    if (!allKeys().contains(key)) {
      return Optional.empty();
    }
    List<String> users =
        Arrays.stream(CardType.values())
            .filter(user -> specific(user).contains(key))
            .map(CardType::key)
            .sorted()
            .toList();
    return Optional.of(
        "'"
            + key
            + "' does not apply to a "
            + type.key()
            + " card; it belongs to type "
            + String.join(" or ", users)
            + (type == CardType.SHORT ? " (did you forget 'type:'?)" : ""));
  }
}
