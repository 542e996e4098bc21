package retain.deck;

import java.util.List;

/** One question of a deck, in one of the nine kinds of design §2. */
public sealed interface Card
    permits ShortCard,
        ChoiceCard,
        MultiCard,
        TrueFalseCard,
        NumericCard,
        DateCard,
        ClozeCard,
        OrderCard,
        MatchCard {

  /** Id, topic, tags, hint, explanation and reference. */
  CardMeta meta();

  /** The question as written; for a cloze card, its text with the blanks marked. */
  String prompt();

  /** The card's kind, as written after {@code type:} in a deck. */
  CardType type();

  /** The card's id. */
  default String id() {
    return meta().id();
  }

  /** The units that are asked and scheduled: the card itself, or one per cloze blank. */
  default List<Item> items() {
    return List.of(new Item(this, 0));
  }
}
