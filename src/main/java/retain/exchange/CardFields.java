package retain.exchange;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.deck.Bound;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.Tolerance;
import retain.deck.TrueFalseCard;

/** A card as the keys and values a deck file writes for it (design §2), in the file's order. */
final class CardFields {

  private CardFields() {}

  static Map<String, Object> of(Card card) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", card.id());
    fields.put("type", card.type().key());
    card.meta().topic().ifPresent(topic -> fields.put("topic", topic));
    if (!card.meta().tags().isEmpty()) {
      fields.put("tags", card.meta().tags());
    }
    fields.putAll(card.accept(new KindFields()));
    card.meta().hint().ifPresent(hint -> fields.put("hint", hint));
    card.meta().explain().ifPresent(explain -> fields.put("explain", explain));
    card.meta().ref().ifPresent(ref -> fields.put("ref", ref));
    return fields;
  }

  /** The keys that depend on the card's kind: the question and the answer. */
  private static final class KindFields implements Card.Visitor<Map<String, Object>> {

    @Override
    public Map<String, Object> visit(ShortCard card) {
      Map<String, Object> fields = asked(card);
      fields.put("a", card.answer());
      if (!card.accept().isEmpty()) {
        fields.put("accept", card.accept());
      }
      putTypos(fields, card.typos());
      if (card.person()) {
        fields.put("person", true);
      }
      return fields;
    }

    @Override
    public Map<String, Object> visit(ChoiceCard card) {
      return choices(asked(card), card.choices(), card.answer(), card.shuffle());
    }

    @Override
    public Map<String, Object> visit(MultiCard card) {
      return choices(asked(card), card.choices(), card.answers(), card.shuffle());
    }

    @Override
    public Map<String, Object> visit(TrueFalseCard card) {
      Map<String, Object> fields = asked(card);
      fields.put("a", card.answer());
      return fields;
    }

    @Override
    public Map<String, Object> visit(NumericCard card) {
      Map<String, Object> fields = asked(card);
      fields.put("a", plain(card.answer()));
      tolerance(card.tolerance()).ifPresent(tolerance -> fields.put("tolerance", tolerance));
      card.unit().ifPresent(unit -> fields.put("unit", unit));
      if (card.bound() != Bound.EXACT) {
        fields.put("bound", card.bound().key());
      }
      return fields;
    }

    @Override
    public Map<String, Object> visit(DateCard card) {
      Map<String, Object> fields = asked(card);
      fields.put("a", card.answer().iso());
      return fields;
    }

    @Override
    public Map<String, Object> visit(ClozeCard card) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("text", card.text());
      putTypos(fields, card.typos());
      return fields;
    }

    @Override
    public Map<String, Object> visit(OrderCard card) {
      Map<String, Object> fields = asked(card);
      fields.put("items", card.order());
      return fields;
    }

    @Override
    public Map<String, Object> visit(MatchCard card) {
      Map<String, String> pairs = new LinkedHashMap<>();
      card.pairs().forEach(pair -> pairs.put(pair.left(), pair.right()));
      Map<String, Object> fields = asked(card);
      fields.put("pairs", pairs);
      return fields;
    }

    private static Map<String, Object> asked(Card card) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("q", card.prompt());
      return fields;
    }
  }

  private static Map<String, Object> choices(
      Map<String, Object> fields, List<String> choices, Object answer, boolean shuffle) {
    fields.put("choices", choices);
    fields.put("a", answer);
    if (!shuffle) {
      fields.put("shuffle", false);
    }
    return fields;
  }

  private static void putTypos(Map<String, Object> fields, boolean typos) {
    if (!typos) {
      fields.put("typos", 0);
    }
  }

  /** {@code 0.5} as a number, {@code 5%} as text, nothing for an exact answer. */
  static Optional<Object> tolerance(Tolerance tolerance) {
    if (tolerance instanceof Tolerance.Relative relative) {
      return Optional.of(plain(relative.percent()).toPlainString() + "%");
    }
    BigDecimal amount = ((Tolerance.Absolute) tolerance).amount();
    return amount.signum() == 0 ? Optional.empty() : Optional.of(plain(amount));
  }

  /** A number without trailing zeros or an exponent: {@code 128.5}, {@code 1000}. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
