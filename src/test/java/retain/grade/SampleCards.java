package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import retain.deck.CardMeta;
import retain.deck.ChoiceCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.Tolerance;

/** Cards and checks shared by the grading tests. */
final class SampleCards {

  static final CardMeta META = CardMeta.of("card");

  private SampleCards() {}

  static ShortCard shortCard(String answer, String accept, boolean typos) {
    return new ShortCard(META, "?", answer, split(accept), typos);
  }

  static ChoiceCard choice(String choices, String answer) {
    return new ChoiceCard(META, "?", split(choices), answer, true);
  }

  static MultiCard multi(String choices, String answers) {
    return new MultiCard(META, "?", split(choices), split(answers), true);
  }

  static NumericCard numeric(String answer, Tolerance tolerance, String unit) {
    return new NumericCard(META, "?", new BigDecimal(answer), tolerance, Optional.ofNullable(unit));
  }

  static OrderCard order(String items) {
    return new OrderCard(META, "?", split(items));
  }

  /** {@code Minsk=Belarus|Moscow=Russia}. */
  static MatchCard match(String pairs) {
    return new MatchCard(
        META,
        "?",
        split(pairs).stream()
            .map(pair -> pair.split("="))
            .map(sides -> new MatchCard.Pair(sides[0], sides[1]))
            .toList());
  }

  /** {@code a|b|c} as a list; null or empty as none. */
  static List<String> split(String items) {
    return items == null || items.isEmpty() ? List.of() : List.of(items.split("\\|", -1));
  }

  /** {@code 2,0,1} as a presentation; empty for the deck's order. */
  static Presentation shown(String order) {
    return order == null || order.isEmpty()
        ? Presentation.DECK_ORDER
        : new Presentation(Arrays.stream(order.split(",")).map(Integer::valueOf).toList());
  }

  /** Asserts the verdict's correctness, score ({@code 5/6} or {@code 0.5}) and kind. */
  static void check(Verdict verdict, boolean correct, String score, Verdict.Kind kind) {
    assertThat(verdict.correct()).as("correct of %s", verdict).isEqualTo(correct);
    assertThat(verdict.score()).as("score of %s", verdict).isCloseTo(fraction(score), within(1e-9));
    assertThat(verdict.kind()).as("kind of %s", verdict).isEqualTo(kind);
  }

  private static double fraction(String score) {
    String[] parts = score.split("/");
    return parts.length == 1
        ? Double.parseDouble(score)
        : Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
  }
}
