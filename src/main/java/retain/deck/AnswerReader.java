package retain.deck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the question and answer keys of each card type and checks them against design §2. */
final class AnswerReader {

  private final Problems problems;

  AnswerReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Card> read(CardType type, CardMeta meta, Fields fields) {
    if (type == CardType.CLOZE) {
      return cloze(meta, fields);
    }
    Optional<String> prompt = fields.requireText("q", "the question").map(YamlValue.Scalar::text);
    if (prompt.isEmpty()) {
      return Optional.empty();
    }
    String q = prompt.get();
    return switch (type) {
      case SHORT -> shortCard(meta, q, fields);
      case CHOICE -> choice(meta, q, fields);
      case MULTI -> multi(meta, q, fields);
      case TRUEFALSE -> trueFalse(meta, q, fields);
      case NUMERIC -> NumericReader.read(meta, q, fields, problems);
      case DATE -> date(meta, q, fields);
      case ORDER -> order(meta, q, fields);
      case MATCH -> match(meta, q, fields);
      case CLOZE -> throw new IllegalStateException("handled above");
    };
  }

  private Optional<Card> shortCard(CardMeta meta, String q, Fields fields) {
    Optional<YamlValue.Scalar> answer = fields.requireText("a", "the answer");
    List<String> accept = texts(fields.textList("accept").orElse(List.of()));
    boolean typos = typos(fields);
    return answer.map(a -> new ShortCard(meta, q, a.text(), accept, typos));
  }

  private Optional<Card> choice(CardMeta meta, String q, Fields fields) {
    Optional<List<String>> choices = choices(fields);
    Optional<YamlValue.Scalar> answer = fields.requireText("a", "the right choice");
    boolean shuffle = fields.flag("shuffle", true);
    if (choices.isEmpty() || answer.isEmpty()) {
      return Optional.empty();
    }
    if (!choices.get().contains(answer.get().text())) {
      problems.error(answer.get(), "answer-not-a-choice", notAChoice(answer.get(), choices.get()));
      return Optional.empty();
    }
    return Optional.of(new ChoiceCard(meta, q, choices.get(), answer.get().text(), shuffle));
  }

  private Optional<Card> multi(CardMeta meta, String q, Fields fields) {
    Optional<List<String>> choices = choices(fields);
    Optional<List<YamlValue.Scalar>> answers = fields.textList("a");
    boolean shuffle = fields.flag("shuffle", true);
    if (answers.isEmpty() && fields.mapping().find("a").isEmpty()) {
      problems.error(
          fields.mapping(),
          "missing-key",
          "card '" + meta.id() + "' is missing 'a' (the right choices)");
    }
    if (choices.isEmpty() || answers.isEmpty()) {
      return Optional.empty();
    }
    boolean valid = !answers.get().isEmpty();
    for (YamlValue.Scalar answer : answers.get()) {
      if (!choices.get().contains(answer.text())) {
        problems.error(answer, "answer-not-a-choice", notAChoice(answer, choices.get()));
        valid = false;
      }
    }
    return valid
        ? Optional.of(new MultiCard(meta, q, choices.get(), texts(answers.get()), shuffle))
        : Optional.empty();
  }

  private Optional<Card> trueFalse(CardMeta meta, String q, Fields fields) {
    Optional<YamlValue> value = fields.mapping().find("a");
    if (value.isEmpty()) {
      problems.error(
          fields.mapping(),
          "missing-key",
          "card '" + meta.id() + "' is missing 'a' (true or false)");
      return Optional.empty();
    }
    Optional<Boolean> answer =
        value.get() instanceof YamlValue.Scalar scalar
            ? Flags.parse(scalar.text())
            : Optional.empty();
    if (answer.isEmpty()) {
      problems.error(
          value.get(),
          "wrong-type",
          "'a' of a truefalse card should be true or false, found " + value.get().describe());
    }
    return answer.map(a -> new TrueFalseCard(meta, q, a));
  }

  private Optional<Card> date(CardMeta meta, String q, Fields fields) {
    Optional<YamlValue.Scalar> answer =
        fields.requireText("a", "the date, as YYYY-MM-DD, YYYY-MM or YYYY");
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    Optional<PartialDate> date = PartialDate.parseIso(answer.get().text());
    if (date.isEmpty()) {
      problems.error(
          answer.get(),
          "bad-date",
          "'a' of a date card should be a real date written YYYY-MM-DD, YYYY-MM or YYYY, found '"
              + answer.get().text()
              + "'");
    }
    return date.map(d -> new DateCard(meta, q, d));
  }

  private Optional<Card> cloze(CardMeta meta, Fields fields) {
    Optional<YamlValue.Scalar> text = fields.requireText("text", "the text with {{blanks}}");
    boolean typos = typos(fields);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    var blanks = ClozeCard.BLANK.matcher(text.get().text());
    if (!blanks.find()) {
      problems.error(
          text.get(),
          "cloze-without-blank",
          "a cloze text needs at least one blank written {{answer}}");
      return Optional.empty();
    }
    do {
      if (blanks.group(1).strip().isEmpty() || blanks.group(1).startsWith("|")) {
        problems.error(
            text.get(), "empty-blank", "blank {{" + blanks.group(1) + "}} has no answer");
        return Optional.empty();
      }
    } while (blanks.find());
    return Optional.of(new ClozeCard(meta, text.get().text(), typos));
  }

  private Optional<Card> order(CardMeta meta, String q, Fields fields) {
    Optional<List<YamlValue.Scalar>> items = fields.textList("items");
    if (items.isEmpty()) {
      problems.error(
          fields.mapping(),
          "missing-key",
          "card '" + meta.id() + "' is missing 'items' (in the right order)");
      return Optional.empty();
    }
    if (items.get().size() < 3 || items.get().size() > 10) {
      problems.error(
          fields.mapping().find("items").orElseThrow(),
          "order-size",
          "an order card needs 3 to 10 items, found " + items.get().size());
      return Optional.empty();
    }
    return distinct(items.get(), "items")
        ? Optional.of(new OrderCard(meta, q, texts(items.get())))
        : Optional.empty();
  }

  private Optional<Card> match(CardMeta meta, String q, Fields fields) {
    Optional<YamlValue.Mapping> pairs = fields.mapping("pairs");
    if (pairs.isEmpty()) {
      if (fields.mapping().find("pairs").isEmpty()) {
        problems.error(
            fields.mapping(),
            "missing-key",
            "card '" + meta.id() + "' is missing 'pairs' (a mapping left: right)");
      }
      return Optional.empty();
    }
    if (pairs.get().entries().size() < 2 || pairs.get().entries().size() > 10) {
      problems.error(
          pairs.get(),
          "match-size",
          "a match card needs 2 to 10 pairs, found " + pairs.get().entries().size());
      return Optional.empty();
    }
    List<MatchCard.Pair> list = new ArrayList<>();
    List<YamlValue.Scalar> rights = new ArrayList<>();
    for (YamlValue.Entry entry : pairs.get().entries()) {
      if (entry.value() instanceof YamlValue.Scalar right && !right.isNull()) {
        list.add(new MatchCard.Pair(entry.key().text(), right.text()));
        rights.add(right);
      } else {
        problems.error(
            entry.value(),
            "wrong-type",
            "the right side of '"
                + entry.key().text()
                + "' should be text, found "
                + entry.value().describe());
      }
    }
    boolean valid =
        list.size() == pairs.get().entries().size() && distinct(rights, "right sides of pairs");
    return valid ? Optional.of(new MatchCard(meta, q, list)) : Optional.empty();
  }

  private Optional<List<String>> choices(Fields fields) {
    Optional<List<YamlValue.Scalar>> choices = fields.textList("choices");
    if (choices.isEmpty()) {
      if (fields.mapping().find("choices").isEmpty()) {
        problems.error(
            fields.mapping(),
            "missing-key",
            "a choice card is missing 'choices' (2 to 10 options)");
      }
      return Optional.empty();
    }
    if (choices.get().size() < 2 || choices.get().size() > 10) {
      problems.error(
          fields.mapping().find("choices").orElseThrow(),
          "choice-size",
          "'choices' needs 2 to 10 options, found " + choices.get().size());
      return Optional.empty();
    }
    return distinct(choices.get(), "choices")
        ? Optional.of(texts(choices.get()))
        : Optional.empty();
  }

  private boolean typos(Fields fields) {
    Optional<YamlValue.Scalar> typos = fields.text("typos");
    if (typos.isPresent() && !typos.get().text().equals("0")) {
      problems.error(
          typos.get(),
          "bad-typos",
          "'typos' takes only 0 (no typo tolerance); leave it out for the default, found '"
              + typos.get().text()
              + "'");
    }
    return typos.isEmpty();
  }

  private boolean distinct(List<YamlValue.Scalar> values, String what) {
    Set<String> seen = new HashSet<>();
    boolean distinct = true;
    for (YamlValue.Scalar value : values) {
      if (!seen.add(value.text())) {
        problems.error(value, "duplicate-value", "'" + value.text() + "' appears twice in " + what);
        distinct = false;
      }
    }
    return distinct;
  }

  private static String notAChoice(YamlValue.Scalar answer, List<String> choices) {
    return "answer '" + answer.text() + "' is not among the choices: " + String.join(", ", choices);
  }

  private static List<String> texts(List<YamlValue.Scalar> scalars) {
    return scalars.stream().map(YamlValue.Scalar::text).toList();
  }
}
