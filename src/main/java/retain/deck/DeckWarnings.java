package retain.deck;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/**
 * Problems that do not stop a deck from loading but that students would notice: a card without an
 * explanation, two cards asking the same thing, choices that look alike, an id naming its answer.
 */
final class DeckWarnings {

  // compiled once: String.replaceAll compiles its pattern on every call, and lint normalises every
  // prompt and choice of a deck (issue 8)
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENDS = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

  private DeckWarnings() {}

  static void check(List<StreamedCards.Written> cards, Problems problems) {
    Map<String, Card> prompts = new HashMap<>();
    for (StreamedCards.Written written : cards) {
      Card card = written.card();
      YamlValue.Position at = written.id();
      if (card.meta().explain().isEmpty()) {
        problems.warning(
            at.line(),
            at.column(),
            "no-explain",
            "card '"
                + card.id()
                + "' has no 'explain'; a sentence of context helps students remember");
      }
      Optional.ofNullable(prompts.putIfAbsent(normalise(card.prompt()), card))
          .ifPresent(
              twin ->
                  problems.warning(
                      at.line(),
                      at.column(),
                      "duplicate-prompt",
                      "card '"
                          + card.id()
                          + "' asks the same question as card '"
                          + twin.id()
                          + "'"));
      if (IdGiveaway.givesAway(card)) {
        problems.warning(
            at.line(),
            at.column(),
            "id-gives-answer",
            "card id '" + card.id() + "' gives away its answer; rename it with was:");
      }
      choices(card).ifPresent(choices -> lookalikes(choices, written.choices(), problems));
    }
  }

  private static void lookalikes(List<String> choices, YamlValue.Position at, Problems problems) {
    Map<String, String> seen = new HashMap<>();
    for (String choice : choices) {
      String twin = seen.putIfAbsent(normalise(choice), choice);
      if (twin != null) {
        problems.warning(
            at.line(),
            at.column(),
            "lookalike-choices",
            "choices '" + twin + "' and '" + choice + "' look the same to a student");
      }
    }
  }

  private static Optional<List<String>> choices(Card card) {
    return card.accept(new Choices());
  }

  /** The choices of a choice or multi card, the only kinds that have them. */
  private static final class Choices implements Card.Visitor<Optional<List<String>>> {

    @Override
    public Optional<List<String>> visit(ShortCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<List<String>> visit(ChoiceCard card) {
      return Optional.of(card.choices());
    }

    @Override
    public Optional<List<String>> visit(MultiCard card) {
      return Optional.of(card.choices());
    }

    @Override
    public Optional<List<String>> visit(TrueFalseCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<List<String>> visit(NumericCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<List<String>> visit(DateCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<List<String>> visit(ClozeCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<List<String>> visit(OrderCard card) {
      return Optional.empty();
    }

    @Override
    public Optional<List<String>> visit(MatchCard card) {
      return Optional.empty();
    }
  }

  /** Case, accents, spacing and end punctuation do not make two texts different to a reader. */
  static String normalise(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String spaced = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return ENDS.matcher(spaced).replaceAll("");
  }
}
