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
    if (card instanceof ClozeCard cloze) {
      fields.put("text", cloze.text());
      putTypos(fields, cloze.typos());
    } else {
      fields.put("q", card.prompt());
      answer(card, fields);
    }
    card.meta().hint().ifPresent(hint -> fields.put("hint", hint));
    card.meta().explain().ifPresent(explain -> fields.put("explain", explain));
    card.meta().ref().ifPresent(ref -> fields.put("ref", ref));
    return fields;
  }

  private static void answer(Card card, Map<String, Object> fields) {
    if (card instanceof ShortCard text) {
      fields.put("a", text.answer());
      if (!text.accept().isEmpty()) {
        fields.put("accept", text.accept());
      }
      putTypos(fields, text.typos());
      if (text.person()) {
        fields.put("person", true);
      }
    } else if (card instanceof ChoiceCard choice) {
      choices(fields, choice.choices(), choice.answer(), choice.shuffle());
    } else if (card instanceof MultiCard multi) {
      choices(fields, multi.choices(), multi.answers(), multi.shuffle());
    } else if (card instanceof TrueFalseCard statement) {
      fields.put("a", statement.answer());
    } else if (card instanceof NumericCard number) {
      fields.put("a", plain(number.answer()));
      tolerance(number.tolerance()).ifPresent(tolerance -> fields.put("tolerance", tolerance));
      number.unit().ifPresent(unit -> fields.put("unit", unit));
      if (number.bound() != Bound.EXACT) {
        fields.put("bound", number.bound().key());
      }
    } else if (card instanceof DateCard date) {
      fields.put("a", date.answer().iso());
    } else if (card instanceof OrderCard order) {
      fields.put("items", order.order());
    } else if (card instanceof MatchCard match) {
      Map<String, String> pairs = new LinkedHashMap<>();
      match.pairs().forEach(pair -> pairs.put(pair.left(), pair.right()));
      fields.put("pairs", pairs);
    }
  }

  private static void choices(
      Map<String, Object> fields, List<String> choices, Object answer, boolean shuffle) {
    fields.put("choices", choices);
    fields.put("a", answer);
    if (!shuffle) {
      fields.put("shuffle", false);
    }
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
