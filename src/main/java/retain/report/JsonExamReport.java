package retain.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Optional<Picks> picks = result.item().card().accept(new ChoicesOf());
    entry.put("choices", picks.map(Picks::choices).orElse(null));
    entry.put("right", picks.map(Picks::right).orElse(null));
    entry.put("response", result.response().map(Responses::json).orElse(null));
    entry.put("picked", result.picked());
    entry.put("expected", result.verdict().expected());
    entry.put("correct", result.verdict().correct());
    entry.put("score", Numbers.rounded(result.verdict().score()));
    entry.put("feedback", result.verdict().feedback());
    return entry;
  }

  /**
   * A choice or multi card's choices and the right ones, both in the deck's order, so a class
   * report can tell which option each student picked; none for other kinds.
   */
  private record Picks(List<String> choices, List<String> right) {}

  private static final class ChoicesOf implements Card.Visitor<Optional<Picks>> {

    @Override
    public Optional<Picks> visit(ShortCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Picks> visit(ChoiceCard card) {
      return Optional.of(new Picks(card.choices(), List.of(card.answer())));
    }

    @Override
    public Optional<Picks> visit(MultiCard card) {
      return Optional.of(
          new Picks(
              card.choices(), card.choices().stream().filter(card.answers()::contains).toList()));
    }

    @Override
    public Optional<Picks> visit(TrueFalseCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Picks> visit(NumericCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Picks> visit(DateCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Picks> visit(ClozeCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Picks> visit(OrderCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<Picks> visit(MatchCard card) {
      return Optional.empty();
    }
  }
}
