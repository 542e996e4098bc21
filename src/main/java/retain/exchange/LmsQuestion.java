package retain.exchange;

import java.util.List;
import java.util.Optional;
import retain.deck.MatchCard;

/**
 * A question as Moodle's question bank holds it, the common ground of GIFT and Moodle XML: both
 * formats are written from and read into this, so the mapping to retain's cards exists once.
 *
 * @param name the question's name in the bank; retain writes the card id here
 * @param category the bank category path, such as {@code $course$/top/deck/topic}; empty for the
 *     current one
 * @param text the question text as plain text (for {@link Kind#CLOZE}, with Moodle's embedded
 *     answers)
 * @param answers the answers of a short-answer, multiple-choice, true/false or numerical question
 * @param pairs the sub-questions and answers of a matching question
 * @param items an ordering question's items in the right order
 * @param single whether a multiple-choice question takes one answer only
 * @param shuffle whether Moodle shuffles the answers of a multiple-choice question
 * @param unit a numerical question's unit
 * @param feedback the general feedback, shown after any answer
 * @param tags Moodle tags (XML only)
 */
record LmsQuestion(
    Kind kind,
    String name,
    Optional<String> category,
    String text,
    List<LmsAnswer> answers,
    List<MatchCard.Pair> pairs,
    List<String> items,
    boolean single,
    boolean shuffle,
    Optional<String> unit,
    String feedback,
    Optional<String> hint,
    List<String> tags) {

  /** Moodle's standard question types, as its XML names them. */
  enum Kind {
    SHORTANSWER("shortanswer"),
    MULTICHOICE("multichoice"),
    TRUEFALSE("truefalse"),
    NUMERICAL("numerical"),
    MATCHING("matching"),
    ORDERING("ordering"),
    CLOZE("cloze"),
    ESSAY("essay"),
    DESCRIPTION("description");

    final String xml;

    Kind(String xml) {
      this.xml = xml;
    }

    /** The kind Moodle XML names {@code type}; empty for a type retain does not know. */
    static Optional<Kind> ofXml(String type) {
      for (Kind kind : values()) {
        if (kind.xml.equals(type)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  LmsQuestion {
    answers = List.copyOf(answers);
    pairs = List.copyOf(pairs);
    items = List.copyOf(items);
    tags = List.copyOf(tags);
  }

  /** A question of {@code kind} with only a name and a text; the others are filled by copies. */
  static LmsQuestion of(Kind kind, String name, String text) {
    return new LmsQuestion(
        kind,
        name,
        Optional.empty(),
        text,
        List.of(),
        List.of(),
        List.of(),
        true,
        true,
        Optional.empty(),
        "",
        Optional.empty(),
        List.of());
  }

  LmsQuestion as(Kind newKind) {
    return new LmsQuestion(
        newKind, name, category, text, answers, pairs, items, single, shuffle, unit, feedback, hint,
        tags);
  }

  LmsQuestion withAnswers(List<LmsAnswer> newAnswers, boolean isSingle) {
    return new LmsQuestion(
        kind,
        name,
        category,
        text,
        newAnswers,
        pairs,
        items,
        isSingle,
        shuffle,
        unit,
        feedback,
        hint,
        tags);
  }

  LmsQuestion shuffled(boolean newShuffle) {
    return new LmsQuestion(
        kind,
        name,
        category,
        text,
        answers,
        pairs,
        items,
        single,
        newShuffle,
        unit,
        feedback,
        hint,
        tags);
  }

  LmsQuestion withPairs(List<MatchCard.Pair> newPairs) {
    return new LmsQuestion(
        kind, name, category, text, answers, newPairs, items, single, shuffle, unit, feedback, hint,
        tags);
  }

  LmsQuestion withItems(List<String> newItems) {
    return new LmsQuestion(
        kind, name, category, text, answers, pairs, newItems, single, shuffle, unit, feedback, hint,
        tags);
  }

  LmsQuestion withUnit(Optional<String> newUnit) {
    return new LmsQuestion(
        kind, name, category, text, answers, pairs, items, single, shuffle, newUnit, feedback, hint,
        tags);
  }

  LmsQuestion withHelp(String newFeedback, Optional<String> newHint, List<String> newTags) {
    return new LmsQuestion(
        kind,
        name,
        category,
        text,
        answers,
        pairs,
        items,
        single,
        shuffle,
        unit,
        newFeedback,
        newHint,
        newTags);
  }

  LmsQuestion inCategory(Optional<String> newCategory) {
    return new LmsQuestion(
        kind,
        name,
        newCategory,
        text,
        answers,
        pairs,
        items,
        single,
        shuffle,
        unit,
        feedback,
        hint,
        tags);
  }
}
