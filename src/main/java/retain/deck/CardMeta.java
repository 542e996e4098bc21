package retain.deck;

import java.util.List;
import java.util.Optional;

/**
 * What every card has besides its question and answer: its id, where it belongs, and the help a
 * student gets around it.
 */
public record CardMeta(
    String id,
    Optional<String> topic,
    List<String> tags,
    Optional<String> hint,
    Optional<String> explain,
    Optional<String> ref) {

  public CardMeta {
    Ids.requireValid("card id", id);
    tags = List.copyOf(tags);
  }

  /** A card with only an id, for tests and generated decks. */
  public static CardMeta of(String id) {
    return new CardMeta(
        id, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
