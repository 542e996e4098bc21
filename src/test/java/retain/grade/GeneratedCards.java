package retain.grade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import retain.deck.CardMeta;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.PartialDate;
import retain.deck.ShortCard;
import retain.deck.Tolerance;

/** Generators of cards with arbitrary reasonable text, for the grader's property tests. */
final class GeneratedCards {

  private static final CardMeta META = CardMeta.of("generated");

  private GeneratedCards() {}

  /** One to four words of letters (some accented), digits and a little punctuation. */
  static Arbitrary<String> texts(int shortestWord) {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars("éłøßÄ-'")
            .ofMinLength(shortestWord)
            .ofMaxLength(10)
            .filter(w -> !TextNormalizer.normalize(w).isEmpty());
    return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
  }

  /** Distinct (after normalisation) texts, as a deck's list would be. */
  static Arbitrary<List<String>> lists(int min) {
    return texts(2).list().ofMinSize(min).ofMaxSize(10).uniqueElements(TextNormalizer::normalize);
  }

  static Arbitrary<ShortCard> shortCards() {
    return Combinators.combine(texts(1), texts(1).list().ofMaxSize(3), Arbitraries.of(true, false))
        .as((answer, accept, typos) -> new ShortCard(META, "?", answer, accept, typos));
  }

  static Arbitrary<ChoiceCard> choiceCards() {
    return lists(2)
        .flatMap(
            choices ->
                Arbitraries.of(choices)
                    .map(answer -> new ChoiceCard(META, "?", choices, answer, true)));
  }

  static Arbitrary<MultiCard> multiCards() {
    return lists(2)
        .flatMap(
            choices ->
                Arbitraries.subsetOf(choices)
                    .ofMinSize(1)
                    .map(answers -> new MultiCard(META, "?", choices, List.copyOf(answers), true)));
  }

  static Arbitrary<OrderCard> orderCards() {
    return lists(3).map(items -> new OrderCard(META, "?", items));
  }

  static Arbitrary<MatchCard> matchCards() {
    return Combinators.combine(lists(2), lists(2))
        .as(
            (lefts, rights) ->
                IntStream.range(0, Math.min(lefts.size(), rights.size()))
                    .mapToObj(i -> new MatchCard.Pair(lefts.get(i), rights.get(i)))
                    .toList())
        .map(pairs -> new MatchCard(META, "?", pairs));
  }

  static Arbitrary<NumericCard> numericCards() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000"), new BigDecimal("1000000000"))
        .ofScale(4)
        .map(
            answer ->
                new NumericCard(META, "?", answer, Tolerance.EXACT, java.util.Optional.empty()));
  }

  static Arbitrary<DateCard> dateCards() {
    return Combinators.combine(
            Arbitraries.integers().between(1000, 9999),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.of(PartialDate.Precision.class))
        .as(
            (year, month, day, precision) ->
                switch (precision) {
                  case YEAR -> new PartialDate(LocalDate.of(year, 1, 1), precision);
                  case MONTH -> new PartialDate(LocalDate.of(year, month, 1), precision);
                  case DAY -> new PartialDate(LocalDate.of(year, month, day), precision);
                })
        .map(date -> new DateCard(META, "?", date));
  }

  /** Blanks of words without braces or bars, some with alternatives, between plain words. */
  static Arbitrary<ClozeCard> clozeCards() {
    Arbitrary<String> blank =
        texts(1)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(options -> "{{" + String.join("|", options) + "}}");
    return Combinators.combine(
            texts(1), blank.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
        .as(
            (words, blanks, typos) ->
                new ClozeCard(
                    META,
                    words + " " + blanks.stream().collect(Collectors.joining(" " + words + " ")),
                    typos));
  }
}
