package retain.deck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/** Reads {@code was:}, the former ids of a deck or a card (issue 16). */
final class WasKey {

  static final String KEY = "was";

  private WasKey() {}

  /**
   * The former ids listed under {@code was:}, those that could not be ids reported and left out.
   */
  static List<YamlValue.Scalar> read(Fields fields, Problems problems) {
    return fields.textList(KEY).orElse(List.of()).stream()
        .filter(former -> valid(former, problems))
        .toList();
  }

  /**
   * The deck's former ids and its cards', refusing a former id that is still some card's id or that
   * two cards claim: either would send one card's progress to another.
   */
  static FormerIds collect(
      String deckId,
      List<YamlValue.Scalar> deckWas,
      List<StreamedCards.Written> cards,
      Problems problems) {
    for (YamlValue.Scalar former : deckWas) {
      if (former.text().equals(deckId)) {
        problems.error(
            former, "former-id-in-use", "the deck lists its own id '" + deckId + "' under 'was'");
      }
    }
    Set<String> current =
        cards.stream().map(written -> written.card().id()).collect(Collectors.toSet());
    Map<String, String> byFormer = new LinkedHashMap<>();
    for (StreamedCards.Written written : cards) {
      for (YamlValue.Scalar former : written.was()) {
        String id = written.card().id();
        if (current.contains(former.text())) {
          problems.error(
              former,
              "former-id-in-use",
              "card '"
                  + id
                  + "' lists '"
                  + former.text()
                  + "' under 'was', but that is the id of a card of this deck");
          continue;
        }
        String other = byFormer.putIfAbsent(former.text(), id);
        if (other != null && !other.equals(id)) {
          problems.error(
              former,
              "former-id-twice",
              "cards '"
                  + other
                  + "' and '"
                  + id
                  + "' both list '"
                  + former.text()
                  + "' under 'was'");
        }
      }
    }
    return new FormerIds(deckWas.stream().map(YamlValue.Scalar::text).toList(), byFormer);
  }

  private static boolean valid(YamlValue.Scalar former, Problems problems) {
    if (Ids.isValid(former.text())) {
      return true;
    }
    problems.error(
        former,
        "bad-id",
        "a former id under 'was' must be lowercase letters, digits and hyphens ([a-z0-9-]+), found '"
            + former.text()
            + "'");
    return false;
  }
}
