package retain.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
import retain.exchange.LmsQuestion.Kind;

/**
 * What a card becomes in a Moodle question bank (docs/lms.md has the table), and what it loses on
 * the way, said in words for the one warning line of the card.
 */
final class CardQuestions {

  /** The gap of a "missing word" question, as Moodle's GIFT import writes it into the text. */
  static final String GAP = "_____";

  /** How a numerical question keeps its unit, which Moodle would otherwise grade separately. */
  static final String UNIT_OPEN = " (in ";

  /** The tag that carries a card's {@code ref}. */
  static final String REF_TAG = "ref:";

  /** Which format the questions are for: GIFT lacks hints, tags, ordering and embedded answers. */
  enum Target {
    GIFT,
    XML
  }

  /** The questions of one card and what did not map. */
  record Mapped(List<LmsQuestion> questions, List<String> losses) {}

  private CardQuestions() {}

  static Mapped of(Card card, String category, Target target) {
    List<String> losses = new ArrayList<>();
    List<LmsQuestion> questions = card.accept(new Questions(target, losses));
    String feedback = card.meta().explain().orElse("");
    List<String> tags = new ArrayList<>(card.meta().tags());
    card.meta().ref().ifPresent(ref -> tags.add(REF_TAG + ref));
    if (target == Target.GIFT) {
      help(card, losses);
    }
    List<LmsQuestion> finished =
        questions.stream()
            .map(q -> q.withHelp(feedback, card.meta().hint(), tags))
            .map(q -> q.inCategory(Optional.of(category)))
            .toList();
    return new Mapped(finished, losses);
  }

  private static void help(Card card, List<String> losses) {
    List<String> kept = new ArrayList<>();
    card.meta().hint().ifPresent(hint -> kept.add("hint"));
    if (!card.meta().tags().isEmpty()) {
      kept.add("tags");
    }
    card.meta().ref().ifPresent(ref -> kept.add("ref"));
    if (!kept.isEmpty()) {
      losses.add(String.join(", ", kept) + " kept only in a comment that Moodle ignores");
    }
  }

  /** The questions a card becomes: one, or one per blank of a cloze card in GIFT. */
  private record Questions(Target target, List<String> losses)
      implements Card.Visitor<List<LmsQuestion>> {

    @Override
    public List<LmsQuestion> visit(ShortCard card) {
      if (!card.typos()) {
        losses.add("typos: 0 has no Moodle equivalent");
      }
      if (card.person()) {
        losses.add("person: true has no Moodle equivalent");
      }
      return List.of(
          LmsQuestion.of(Kind.SHORTANSWER, card.id(), card.prompt())
              .withAnswers(rightAnswers(card.answer(), card.accept()), true));
    }

    @Override
    public List<LmsQuestion> visit(ChoiceCard card) {
      shuffle(card.shuffle(), target, losses);
      List<LmsAnswer> answers =
          card.choices().stream()
              .map(c -> c.equals(card.answer()) ? LmsAnswer.right(c) : LmsAnswer.wrong(c))
              .toList();
      return List.of(
          LmsQuestion.of(Kind.MULTICHOICE, card.id(), card.prompt())
              .withAnswers(answers, true)
              .shuffled(card.shuffle()));
    }

    @Override
    public List<LmsQuestion> visit(MultiCard card) {
      shuffle(card.shuffle(), target, losses);
      return List.of(
          LmsQuestion.of(Kind.MULTICHOICE, card.id(), card.prompt())
              .withAnswers(weighted(card), false)
              .shuffled(card.shuffle()));
    }

    @Override
    public List<LmsQuestion> visit(TrueFalseCard card) {
      return List.of(
          LmsQuestion.of(Kind.TRUEFALSE, card.id(), card.prompt())
              .withAnswers(List.of(LmsAnswer.right(String.valueOf(card.answer()))), true));
    }

    @Override
    public List<LmsQuestion> visit(NumericCard card) {
      return List.of(numerical(card, losses));
    }

    @Override
    public List<LmsQuestion> visit(DateCard card) {
      List<String> forms = DateForms.of(card.answer());
      if (forms.size() > 1) {
        losses.add("date checked against its " + forms.size() + " usual written forms only");
      }
      return List.of(
          LmsQuestion.of(Kind.SHORTANSWER, card.id(), card.prompt())
              .withAnswers(rightAnswers(forms.get(0), forms.subList(1, forms.size())), true));
    }

    @Override
    public List<LmsQuestion> visit(ClozeCard card) {
      if (target != Target.GIFT) {
        return List.of(LmsQuestion.of(Kind.CLOZE, card.id(), MoodleCloze.write(card)));
      }
      losses.add("cloze split into one short-answer question per blank (GIFT has no cloze)");
      List<LmsQuestion> questions = new ArrayList<>();
      for (int n = 1; n <= card.blanks().size(); n++) {
        ClozeCard.Blank blank = card.blanks().get(n - 1);
        String text = card.render(n).replace(ClozeCard.GAP, GAP);
        questions.add(
            LmsQuestion.of(Kind.SHORTANSWER, card.id() + "." + n, text)
                .withAnswers(rightAnswers(blank.answer(), blank.accept()), true));
      }
      return questions;
    }

    @Override
    public List<LmsQuestion> visit(OrderCard card) {
      if (target != Target.GIFT) {
        return List.of(
            LmsQuestion.of(Kind.ORDERING, card.id(), card.prompt()).withItems(card.order()));
      }
      losses.add("order written as matching of positions (GIFT has no ordering)");
      List<MatchCard.Pair> positions = new ArrayList<>();
      for (int i = 0; i < card.order().size(); i++) {
        positions.add(new MatchCard.Pair(String.valueOf(i + 1), card.order().get(i)));
      }
      return List.of(LmsQuestion.of(Kind.MATCHING, card.id(), card.prompt()).withPairs(positions));
    }

    @Override
    public List<LmsQuestion> visit(MatchCard card) {
      return List.of(
          LmsQuestion.of(Kind.MATCHING, card.id(), card.prompt()).withPairs(card.pairs()));
    }
  }

  private static void shuffle(boolean shuffle, Target target, List<String> losses) {
    if (!shuffle && target == Target.GIFT) {
      losses.add("shuffle: false has no GIFT equivalent");
    }
  }

  static List<LmsAnswer> rightAnswers(String answer, List<String> accept) {
    List<LmsAnswer> answers = new ArrayList<>();
    answers.add(LmsAnswer.right(answer));
    accept.forEach(alternative -> answers.add(LmsAnswer.right(alternative)));
    return answers;
  }

  /**
   * Retain scores a multi answer (right picks − wrong picks) / right choices, so each right choice
   * is worth 100/k percent and each wrong one costs as much; Moodle's grade list holds 100/k for
   * every k up to 10, written to its five decimals.
   */
  private static List<LmsAnswer> weighted(MultiCard multi) {
    BigDecimal share =
        LmsAnswer.FULL.divide(
            BigDecimal.valueOf(multi.answers().size()), new MathContext(7, RoundingMode.HALF_UP));
    BigDecimal each = CardFields.plain(share.setScale(5, RoundingMode.HALF_UP));
    return multi.choices().stream()
        .map(
            choice ->
                new LmsAnswer(
                    choice,
                    multi.answers().contains(choice) ? each : each.negate(),
                    BigDecimal.ZERO,
                    ""))
        .toList();
  }

  private static LmsQuestion numerical(NumericCard number, List<String> losses) {
    BigDecimal tolerance;
    if (number.tolerance() instanceof Tolerance.Relative relative) {
      tolerance =
          CardFields.plain(number.answer().abs().multiply(relative.percent()).movePointLeft(2));
      losses.add(
          "tolerance "
              + CardFields.plain(relative.percent()).toPlainString()
              + "% written as ± "
              + tolerance.toPlainString());
    } else {
      tolerance = CardFields.plain(((Tolerance.Absolute) number.tolerance()).amount());
    }
    if (number.bound() != Bound.EXACT) {
      losses.add("bound: " + number.bound().key() + " has no Moodle equivalent");
    }
    String text = number.prompt() + number.unit().map(unit -> UNIT_OPEN + unit + ")").orElse("");
    LmsAnswer answer =
        new LmsAnswer(
            CardFields.plain(number.answer()).toPlainString(), LmsAnswer.FULL, tolerance, "");
    return LmsQuestion.of(Kind.NUMERICAL, number.id(), text).withAnswers(List.of(answer), true);
  }
}
