package retain.deck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which keys a card of each type may have (design §2). */
final class CardSchema {

  static final List<String> COMMON =
      List.of("id", "type", "topic", "tags", "hint", "explain", "ref", "was");

  private static final Map<CardType, List<String>> SPECIFIC =
      Map.of(
          CardType.SHORT, List.of("q", "a", "accept", "typos", "person"),
          CardType.CHOICE, List.of("q", "a", "choices", "shuffle"),
          CardType.MULTI, List.of("q", "a", "choices", "shuffle"),
          CardType.TRUEFALSE, List.of("q", "a"),
          CardType.NUMERIC, List.of("q", "a", "tolerance", "unit", "bound"),
          CardType.DATE, List.of("q", "a"),
          CardType.CLOZE, List.of("text", "typos"),
          CardType.ORDER, List.of("q", "items"),
          CardType.MATCH, List.of("q", "pairs"));

  private CardSchema() {}

  /** Every key a card of {@code type} may have, common keys first. */
  static Set<String> keys(CardType type) {
    Set<String> keys = new LinkedHashSet<>(COMMON);
    keys.addAll(SPECIFIC.get(type));
    return keys;
  }

  /** Every key any card may have. */
  static Set<String> allKeys() {
    Set<String> keys = new LinkedHashSet<>(COMMON);
    SPECIFIC.values().forEach(keys::addAll);
    return keys;
  }

  /** Why {@code key} does not belong on a card of {@code type}, when another type uses it. */
  static Optional<String> misplaced(String key, CardType type) {
    if (!allKeys().contains(key)) {
      return Optional.empty();
    }
    List<String> users =
        SPECIFIC.entrySet().stream()
            .filter(entry -> entry.getValue().contains(key))
            .map(entry -> entry.getKey().key())
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
