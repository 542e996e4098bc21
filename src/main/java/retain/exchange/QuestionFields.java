package retain.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import retain.deck.MatchCard;
import retain.deck.PartialDate;

/**
 * A Moodle question as a card's deck-file fields, the way back of {@link CardQuestions}: only
 * full-mark answers count, per-answer feedback joins the general feedback in {@code explain}, and
 * what does not fit is said in {@code losses}. A question retain has no card for gives no fields.
 */
final class QuestionFields {

  /** The fields, when the question makes a card, and what it lost. */
  record Mapped(Optional<Map<String, Object>> fields, List<String> losses) {}

  private final List<String> losses = new ArrayList<>();

  private final Function<String, Optional<String>> topics;

  private QuestionFields(Function<String, Optional<String>> topics) {
    this.topics = topics;
  }

  /**
   * The fields of {@code question}; {@code topics} gives a category path's topic (an import asks it
   * for every question, and most share their category, so it may remember its answers).
   */
  static Mapped of(LmsQuestion question, Function<String, Optional<String>> topics) {
    QuestionFields mapper = new QuestionFields(topics);
    Optional<Map<String, Object>> answer = mapper.answer(question);
    return new Mapped(answer.map(fields -> mapper.card(question, fields)), mapper.losses);
  }

  private Map<String, Object> card(LmsQuestion question, Map<String, Object> answer) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (!question.name().isBlank()) {
      fields.put("id", Slugs.of(question.name(), "card"));
    }
    fields.put("type", answer.remove("type"));
    question.category().flatMap(topics).ifPresent(topic -> fields.put("topic", topic));
    List<String> tags = new ArrayList<>();
    Optional<String> ref = Optional.empty();
    for (String tag : question.tags()) {
      if (tag.startsWith(CardQuestions.REF_TAG)) {
        ref = Optional.of(tag.substring(CardQuestions.REF_TAG.length()));
      } else {
        tags.add(tag);
      }
    }
    if (!tags.isEmpty()) {
      fields.put("tags", tags);
    }
    fields.putAll(answer);
    question.hint().ifPresent(hint -> fields.put("hint", hint));
    explain(question).ifPresent(explain -> fields.put("explain", explain));
    ref.ifPresent(text -> fields.put("ref", text));
    return fields;
  }

  /** The general feedback, then each answer's own feedback on a line of its own. */
  private static Optional<String> explain(LmsQuestion question) {
    List<String> parts = new ArrayList<>();
    if (!question.feedback().isBlank()) {
      parts.add(question.feedback().strip());
    }
    question.answers().stream()
        .filter(answer -> !answer.feedback().isBlank())
        .forEach(answer -> parts.add(answer.text() + ": " + answer.feedback().strip()));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
  }

  private Optional<Map<String, Object>> answer(LmsQuestion question) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("type", "short");
    fields.put("q", question.text());
    switch (question.kind()) {
      case SHORTANSWER -> {
        List<String> full = fullMarks(question.answers());
        if (full.isEmpty()) {
          return skip("no answer worth full marks");
        }
        Optional<PartialDate> date = PartialDate.parseIso(full.get(0));
        if (date.isPresent() && DateForms.of(date.get()).equals(full)) {
          fields.put("type", "date");
          fields.put("a", date.get().iso());
        } else {
          fields.put("a", full.get(0));
          if (full.size() > 1) {
            fields.put("accept", full.subList(1, full.size()));
          }
        }
      }
      case MULTICHOICE -> {
        return question.single()
            ? choice(question, fields, fullMarks(question.answers()))
            : multi(question, fields);
      }
      case TRUEFALSE -> {
        fields.put("type", "truefalse");
        fields.put("a", Boolean.valueOf(question.answers().get(0).text()));
      }
      case NUMERICAL -> {
        return numerical(question, fields);
      }
      case MATCHING -> {
        return matching(question, fields);
      }
      case ORDERING -> {
        fields.put("type", "order");
        fields.put("items", question.items());
      }
      case CLOZE -> {
        MoodleCloze.Read cloze = MoodleCloze.read(question.text());
        losses.addAll(cloze.losses());
        if (!cloze.usable() || !cloze.text().contains("{{")) {
          return skip("cloze without a usable blank");
        }
        fields.remove("q");
        fields.put("type", "cloze");
        fields.put("text", cloze.text());
      }
      default -> {
        return skip(question.kind().xml + " question: retain has no card for it");
      }
    }
    return Optional.of(fields);
  }

  private Optional<Map<String, Object>> choice(
      LmsQuestion question, Map<String, Object> fields, List<String> full) {
    if (full.isEmpty()) {
      return skip("no answer worth full marks");
    }
    if (full.size() > 1) {
      losses.add(
          "also right in Moodle, a wrong choice here: "
              + String.join(", ", full.subList(1, full.size())));
    }
    fields.put("type", "choice");
    fields.put("choices", texts(question.answers()));
    fields.put("a", full.get(0));
    keepOrder(question, fields);
    return Optional.of(fields);
  }

  /**
   * Right choices are those that earn marks; retain then scores (right − wrong picks) / right,
   * which is Moodle's when each right choice earns 100/k % and each wrong one costs as much.
   */
  private Optional<Map<String, Object>> multi(LmsQuestion question, Map<String, Object> fields) {
    List<LmsAnswer> right =
        question.answers().stream().filter(answer -> answer.percent().signum() > 0).toList();
    if (right.isEmpty()) {
      return skip("no answer earns marks");
    }
    BigDecimal share =
        LmsAnswer.FULL.divide(BigDecimal.valueOf(right.size()), 3, RoundingMode.HALF_UP);
    boolean sameRule =
        question.answers().stream()
            .allMatch(
                answer ->
                    answer.percent().abs().setScale(3, RoundingMode.HALF_UP).compareTo(share) == 0);
    if (!sameRule) {
      losses.add("weights differ from retain's scoring, (right − wrong picks) / right choices");
    }
    fields.put("type", "multi");
    fields.put("choices", texts(question.answers()));
    fields.put("a", texts(right));
    keepOrder(question, fields);
    return Optional.of(fields);
  }

  private static void keepOrder(LmsQuestion question, Map<String, Object> fields) {
    if (!question.shuffle()) {
      fields.put("shuffle", false);
    }
  }

  private Optional<Map<String, Object>> numerical(
      LmsQuestion question, Map<String, Object> fields) {
    List<LmsAnswer> full = question.answers().stream().filter(LmsAnswer::isFull).toList();
    if (full.isEmpty()) {
      return skip("no answer worth full marks");
    }
    if (full.size() > 1) {
      losses.add("other full-mark numbers dropped: retain keeps one value");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(full.get(0).text());
    } catch (NumberFormatException notANumber) {
      return skip("numerical answer '" + full.get(0).text() + "' is not a number");
    }
    String text = question.text();
    Optional<String> unit = question.unit();
    int open = text.lastIndexOf(CardQuestions.UNIT_OPEN);
    if (unit.isEmpty() && open > 0 && text.endsWith(")")) {
      unit =
          Optional.of(text.substring(open + CardQuestions.UNIT_OPEN.length(), text.length() - 1));
      text = text.substring(0, open);
    }
    fields.put("type", "numeric");
    fields.put("q", text);
    fields.put("a", CardFields.plain(value));
    if (full.get(0).tolerance().signum() > 0) {
      fields.put("tolerance", CardFields.plain(full.get(0).tolerance()));
    }
    unit.ifPresent(name -> fields.put("unit", name));
    return Optional.of(fields);
  }

  /** Pairs; sub-questions 1, 2, ... n in order are how an order card travels in GIFT. */
  private Optional<Map<String, Object>> matching(LmsQuestion question, Map<String, Object> fields) {
    List<MatchCard.Pair> pairs =
        question.pairs().stream().filter(pair -> !pair.left().isBlank()).toList();
    if (pairs.size() < question.pairs().size()) {
      losses.add("extra wrong answers dropped");
    }
    boolean positions =
        IntStream.range(0, pairs.size())
            .allMatch(i -> pairs.get(i).left().equals(String.valueOf(i + 1)));
    if (positions && pairs.size() >= 3) {
      fields.put("type", "order");
      fields.put("items", pairs.stream().map(MatchCard.Pair::right).toList());
      return Optional.of(fields);
    }
    Map<String, String> map = new LinkedHashMap<>();
    pairs.forEach(pair -> map.put(pair.left(), pair.right()));
    fields.put("type", "match");
    fields.put("pairs", map);
    return Optional.of(fields);
  }

  private List<String> fullMarks(List<LmsAnswer> answers) {
    List<String> full = new ArrayList<>();
    for (LmsAnswer answer : answers) {
      if (answer.isFull()) {
        full.add(answer.text());
      } else if (answer.percent().signum() > 0) {
        losses.add(
            "answer '"
                + answer.text()
                + "' worth "
                + CardFields.plain(answer.percent()).toPlainString()
                + "% left out: retain counts full marks only");
      }
    }
    return full;
  }

  private static List<String> texts(List<LmsAnswer> answers) {
    return answers.stream().map(LmsAnswer::text).toList();
  }

  private Optional<Map<String, Object>> skip(String reason) {
    losses.add("skipped: " + reason);
    return Optional.empty();
  }
}
