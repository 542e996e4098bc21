package retain.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;
import retain.exam.ExamResult;
import retain.exam.ItemResult;
import retain.text.Json;
import retain.text.Numbers;

/** The exam report of design §3 as JSON, in the version docs/exam.md describes. */
public final class JsonExamReport {

  /**
   * Version 2 (issue 17) added {@code format}, the deck's content {@code hash} and each item's
   * {@code topic}, {@code question}, {@code choices}, {@code right} and {@code picked}, which
   * {@code retain report} needs to analyse a class without the deck at hand.
   */
  static final int FORMAT = 2;

  private JsonExamReport() {}

  /** The whole report; {@code passed} is null when no pass mark was set. */
  public static String render(ExamResult exam) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("format", FORMAT);
    report.put("deck", exam.deck().id());
    report.put("hash", exam.deck().contentHash());
    report.put("student", exam.student().orElse(null));
    report.put("seed", exam.paper().id().seed().orElse(null));
    report.put("answered", exam.answered());
    report.put("total", exam.total());
    report.put("score", Numbers.rounded(exam.score()));
    report.put("max", exam.max());
    report.put("percent", Numbers.rounded(exam.percent()));
    report.put("passed", exam.passed().orElse(null));
    report.put("results", exam.results().stream().map(JsonExamReport::result).toList());
    return Json.write(report);
  }

  private static Map<String, Object> result(ItemResult result) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("card", result.item().id());
    entry.put("type", result.item().card().type().key());
    entry.put("topic", result.item().card().meta().topic().orElse(null));
    entry.put("question", result.item().card().prompt());
    entry.put("choices", choices(result.item().card()));
    entry.put("right", right(result.item().card()));
    entry.put("response", result.response().map(Responses::json).orElse(null));
    entry.put("picked", result.picked());
    entry.put("expected", result.verdict().expected());
    entry.put("correct", result.verdict().correct());
    entry.put("score", Numbers.rounded(result.verdict().score()));
    entry.put("feedback", result.verdict().feedback());
    return entry;
  }

  /** A choice or multi card's choices in the deck's order; null for other kinds. */
  private static List<String> choices(Card card) {
    return card.accept(new Choices());
  }

  /** The right choices of a choice or multi card, in the deck's order; null for other kinds. */
  private static List<String> right(Card card) {
    return card.accept(new RightChoices());
  }

  private static final class Choices implements Card.Visitor<List<String>> {

    @Override
    public List<String> visit(ShortCard card) {
      return null;
    }

    @Override
    public List<String> visit(ChoiceCard card) {
      return card.choices();
    }

    @Override
    public List<String> visit(MultiCard card) {
      return card.choices();
    }

    @Override
    public List<String> visit(TrueFalseCard card) {
      return null;
    }

    @Override
    public List<String> visit(NumericCard card) {
      return null;
    }

    @Override
    public List<String> visit(DateCard card) {
      return null;
    }

    @Override
    public List<String> visit(ClozeCard card) {
      return null;
    }

    @Override
    public List<String> visit(OrderCard card) {
      return null;
    }

    @Override
    public List<String> visit(MatchCard card) {
      return null;
    }
  }

  private static final class RightChoices implements Card.Visitor<List<String>> {

    @Override
    public List<String> visit(ShortCard card) {
      return null;
    }

    @Override
    public List<String> visit(ChoiceCard card) {
      return List.of(card.answer());
    }

    @Override
    public List<String> visit(MultiCard card) {
      return card.choices().stream().filter(card.answers()::contains).toList();
    }

    @Override
    public List<String> visit(TrueFalseCard card) {
      return null;
    }

    @Override
    public List<String> visit(NumericCard card) {
      return null;
    }

    @Override
    public List<String> visit(DateCard card) {
      return null;
    }

    @Override
    public List<String> visit(ClozeCard card) {
      return null;
    }

    @Override
    public List<String> visit(OrderCard card) {
      return null;
    }

    @Override
    public List<String> visit(MatchCard card) {
      return null;
    }
  }
}
