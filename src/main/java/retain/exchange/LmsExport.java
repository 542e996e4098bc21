package retain.exchange;

import java.util.ArrayList;
import java.util.List;
import retain.deck.Card;
import retain.deck.Deck;
import retain.exchange.CardQuestions.Target;

/**
 * A deck as a Moodle question bank, in GIFT or Moodle XML (docs/lms.md): one category per topic
 * below the deck's own, one question per card (per blank for a cloze card in GIFT).
 */
public final class LmsExport {

  /**
   * The file's text and one line per card that lost something on the way, such as {@code
   * minsk-visit: hint kept only in a comment that Moodle ignores}.
   */
  public record Result(String text, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private LmsExport() {}

  public static Result gift(Deck deck) {
    List<String> warnings = new ArrayList<>();
    return new Result(GiftWriter.write(questions(deck, Target.GIFT, warnings)), warnings);
  }

  public static Result moodleXml(Deck deck) {
    List<String> warnings = new ArrayList<>();
    return new Result(MoodleXmlWriter.write(questions(deck, Target.XML, warnings)), warnings);
  }

  private static List<LmsQuestion> questions(Deck deck, Target target, List<String> warnings) {
    List<LmsQuestion> questions = new ArrayList<>();
    for (Card card : deck.cards()) {
      CardQuestions.Mapped mapped =
          CardQuestions.of(card, LmsCategory.of(deck.id(), card.meta().topic()), target);
      questions.addAll(mapped.questions());
      if (!mapped.losses().isEmpty()) {
        warnings.add(card.id() + ": " + String.join("; ", mapped.losses()));
      }
    }
    return questions;
  }
}
