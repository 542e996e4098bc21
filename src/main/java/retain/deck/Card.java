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

  /** What {@code visitor} makes of this card, by the method for its kind. */
  <R> R accept(Visitor<R> visitor);

  /** The card's id. */
  default String id() {
    return meta().id();
  }

  /** How many blanks are asked one by one: none but a cloze card's. */
  default int blankCount() {
    return 0;
  }

  /** The units that are asked and scheduled: the card itself, or one per cloze blank. */
  default List<Item> items() {
    return List.of(new Item(this, 0));
  }

  /**
   * Whatever depends on a card's kind, one method per kind: a new kind of card then fails to
   * compile until every visitor handles it, where a chain of {@code instanceof} would fail at run
   * time.
   */
  interface Visitor<R> {
    R visit(ShortCard card);

    R visit(ChoiceCard card);

    R visit(MultiCard card);

    R visit(TrueFalseCard card);

    R visit(NumericCard card);

    R visit(DateCard card);

    R visit(ClozeCard card);

    R visit(OrderCard card);

    R visit(MatchCard card);
  }
}
