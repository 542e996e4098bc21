package retain.grade;

import java.util.List;
import java.util.Optional;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.Item;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;
import retain.grade.Picks.Part;

/**
 * Checks answers: a pure function from an item and a response to a {@link Verdict}, by the rules of
 * design §2. It never throws on what a student gives, whatever its length or characters; grading
 * one answer takes time linear in its length.
 */
public final class Grader {

  private Grader() {}

  /** The right answer as a student reads it, on one line, such as {@code 19 December 2022}. */
  public static String expected(Item item) {
    return Expected.of(item);
  }

  /** Grades a response whose letters and numbers follow the deck's own order of the list. */
  public static Verdict grade(Item item, Response response) {
    return grade(item, response, Presentation.DECK_ORDER);
  }

  /**
   * Grades a response whose letters and numbers refer to the list as it was shown.
   *
   * @throws IllegalArgumentException if the presentation has another length than the card's list
   */
  public static Verdict grade(Item item, Response response, Presentation presentation) {
    String expected = Expected.of(item);
    if (isBlank(response)) {
      return Verdict.blank(expected);
    }
    Card card = item.card();
    if (card instanceof MultiCard multi) {
      Options options = MultiGrader.options(multi, presentation);
      return parts(response, options)
          .map(parts -> MultiGrader.grade(multi, parts, options, expected))
          .orElseGet(() -> notUnderstood(expected, "choices"));
    }
    if (card instanceof OrderCard order) {
      Options options = OrderGrader.options(order, presentation);
      return parts(response, options)
          .map(parts -> OrderGrader.grade(order, parts, options, expected))
          .orElseGet(() -> notUnderstood(expected, "items in order"));
    }
    if (card instanceof MatchCard match) {
      return MatchGrader.grade(match, response, presentation, expected);
    }
    return single(response)
        .map(text -> gradeText(item, text, presentation, expected))
        .orElseGet(() -> notUnderstood(expected, "one answer"));
  }

  /**
   * The choices a response to a choice or multi item names, as their texts in the deck's order of
   * picking: what survives a per-student shuffle of the letters. Empty for other kinds of item and
   * for parts that name no choice.
   */
  public static List<String> picked(Item item, Response response, Presentation presentation) {
    Card card = item.card();
    List<String> choices;
    if (card instanceof ChoiceCard choice) {
      choices = choice.choices();
    } else if (card instanceof MultiCard multi) {
      choices = multi.choices();
    } else {
      return List.of();
    }
    if (isBlank(response)) {
      return List.of();
    }
    Options options = new Options(choices, presentation, true, true);
    List<Part> parts =
        card instanceof ChoiceCard
            ? single(response)
                .map(text -> List.of(new Part(text, options.resolve(text))))
                .orElse(List.of())
            : parts(response, options).orElse(List.of());
    return parts.stream()
        .flatMap(part -> part.pick().stream())
        .map(pick -> choices.get(pick.index()))
        .distinct()
        .toList();
  }

  /** The verdict for an item nobody answered, such as a card an answers file leaves out. */
  public static Verdict unanswered(Item item) {
    return Verdict.blank(Expected.of(item));
  }

  private static Verdict gradeText(
      Item item, String text, Presentation presentation, String expected) {
    Card card = item.card();
    if (card instanceof ShortCard answer) {
      return TextGrader.grade(
          text,
          answer.answer(),
          answer.accept(),
          new TextMatch.Rules(answer.typos(), answer.person()),
          expected);
    }
    if (card instanceof ClozeCard cloze) {
      ClozeCard.Blank blank = cloze.blanks().get(item.blank() - 1);
      return TextGrader.grade(
          text,
          blank.answer(),
          blank.accept(),
          new TextMatch.Rules(cloze.typos(), false),
          expected);
    }
    if (card instanceof ChoiceCard choice) {
      return ChoiceGrader.grade(choice, text, presentation, expected);
    }
    if (card instanceof TrueFalseCard statement) {
      return TrueFalseGrader.grade(statement, text, expected);
    }
    if (card instanceof NumericCard number) {
      return NumericGrader.grade(number, text, expected);
    }
    return DateGrader.grade((DateCard) card, text, expected);
  }

  private static boolean isBlank(Response response) {
    if (response instanceof Response.Text text) {
      return TextNormalizer.normalize(text.text()).isEmpty();
    }
    if (response instanceof Response.Listed listed) {
      return listed.items().stream().allMatch(item -> TextNormalizer.normalize(item).isEmpty());
    }
    return ((Response.Pairs) response).pairs().isEmpty();
  }

  /** A typed line, or a list of one. */
  private static Optional<String> single(Response response) {
    if (response instanceof Response.Text text) {
      return Optional.of(text.text());
    }
    if (response instanceof Response.Listed listed && listed.items().size() == 1) {
      return Optional.of(listed.items().get(0));
    }
    return Optional.empty();
  }

  /** The parts of a typed line or a list; a mapping names no parts of a list. */
  private static Optional<List<Part>> parts(Response response, Options options) {
    if (response instanceof Response.Text text) {
      return Optional.of(Picks.of(text.text(), options));
    }
    if (response instanceof Response.Listed listed) {
      return Optional.of(Picks.of(listed.items(), options));
    }
    return Optional.empty();
  }

  private static Verdict notUnderstood(String expected, String wanted) {
    return Verdict.wrong(expected, "expected " + wanted + "; the answer is " + expected);
  }
}
