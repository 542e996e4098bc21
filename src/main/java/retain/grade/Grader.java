package retain.grade;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
    return item.card().accept(new Grading(item.blank(), response, presentation, expected));
  }

  /**
   * The choices a response to a choice or multi item names, as their texts in the deck's order of
   * picking: what survives a per-student shuffle of the letters. Empty for other kinds of item and
   * for parts that name no choice.
   */
  public static List<String> picked(Item item, Response response, Presentation presentation) {
    return item.card().accept(new Picking(response, presentation));
  }

  /** The verdict for an item nobody answered, such as a card an answers file leaves out. */
  public static Verdict unanswered(Item item) {
    return Verdict.blank(Expected.of(item));
  }

  /** A response that is not blank, graded by the rules of the card's kind. */
  private record Grading(int blank, Response response, Presentation presentation, String expected)
      implements Card.Visitor<Verdict> {

    @Override
    public Verdict visit(ShortCard card) {
      return typed(
          text ->
              TextGrader.grade(
                  text,
                  card.answer(),
                  card.accept(),
                  new TextMatch.Rules(card.typos(), card.person()),
                  expected));
    }

    @Override
    public Verdict visit(ChoiceCard card) {
      return typed(text -> ChoiceGrader.grade(card, text, presentation, expected));
    }

    @Override
    public Verdict visit(MultiCard card) {
      ShownList options = MultiGrader.options(card, presentation);
      return parts(response, options)
          .map(parts -> MultiGrader.grade(card, parts, options, expected))
          .orElseGet(() -> notUnderstood(expected, "choices"));
    }

    @Override
    public Verdict visit(TrueFalseCard card) {
      return typed(text -> TrueFalseGrader.grade(card, text, expected));
    }

    @Override
    public Verdict visit(NumericCard card) {
      return typed(text -> NumericGrader.grade(card, text, expected));
    }

    @Override
    public Verdict visit(DateCard card) {
      return typed(text -> DateGrader.grade(card, text, expected));
    }

    @Override
    public Verdict visit(ClozeCard card) {
      ClozeCard.Blank asked = card.blanks().get(blank - 1);
      return typed(
          text ->
              TextGrader.grade(
                  text,
                  asked.answer(),
                  asked.accept(),
                  new TextMatch.Rules(card.typos(), false),
                  expected));
    }

    @Override
    public Verdict visit(OrderCard card) {
      ShownList options = OrderGrader.options(card, presentation);
      return parts(response, options)
          .map(parts -> OrderGrader.grade(card, parts, options, expected))
          .orElseGet(() -> notUnderstood(expected, "items in order"));
    }

    @Override
    public Verdict visit(MatchCard card) {
      return MatchGrader.grade(card, response, presentation, expected);
    }

    /** The verdict on one typed answer, for the kinds that take one. */
    private Verdict typed(Function<String, Verdict> grade) {
      return single(response).map(grade).orElseGet(() -> notUnderstood(expected, "one answer"));
    }
  }

  /** The choices a response picks: only choice and multi cards have choices to pick. */
  private record Picking(Response response, Presentation presentation)
      implements Card.Visitor<List<String>> {

    @Override
    public List<String> visit(ShortCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(ChoiceCard card) {
      return named(
          card.choices(),
          options ->
              single(response)
                  .map(text -> List.of(new Part(text, options.resolve(text))))
                  .orElse(List.of()));
    }

    @Override
    public List<String> visit(MultiCard card) {
      return named(card.choices(), options -> parts(response, options).orElse(List.of()));
    }

    @Override
    public List<String> visit(TrueFalseCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(NumericCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(DateCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(ClozeCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(OrderCard card) {
      return List.of();
    }

    @Override
    public List<String> visit(MatchCard card) {
      return List.of();
    }

    private List<String> named(List<String> choices, Function<ShownList, List<Part>> read) {
      if (isBlank(response)) {
        return List.of();
      }
      return read.apply(new ShownList(choices, presentation, true, true)).stream()
          .flatMap(part -> part.pick().stream())
          .map(pick -> choices.get(pick.index()))
          .distinct()
          .toList();
    }
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
  private static Optional<List<Part>> parts(Response response, ShownList options) {
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
