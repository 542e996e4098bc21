package retain.deck;

import java.util.List;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Flags;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/** Reads the question and answer keys of each card type and checks them against design §2. */
final class AnswerReader {

  private final Problems problems;
  private final ChoiceReader choices;
  private final ArrangementReader arrangements;

  AnswerReader(Problems problems) {
    this.problems = problems;
    this.choices = new ChoiceReader(problems);
    this.arrangements = new ArrangementReader(problems);
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
      case CHOICE -> choices.choice(meta, q, fields);
      case MULTI -> choices.multi(meta, q, fields);
      case TRUEFALSE -> trueFalse(meta, q, fields);
      case NUMERIC -> NumericReader.read(meta, q, fields, problems);
      case DATE -> date(meta, q, fields);
      case ORDER -> arrangements.order(meta, q, fields);
      case MATCH -> arrangements.match(meta, q, fields);
      case CLOZE -> throw new IllegalStateException("handled above");
    };
  }

  private Optional<Card> shortCard(CardMeta meta, String q, Fields fields) {
    Optional<YamlValue.Scalar> answer = fields.requireText("a", "the answer");
    List<String> accept = Values.texts(fields.textList("accept").orElse(List.of()));
    boolean typos = typos(fields);
    boolean person = fields.flag("person", false);
    return answer.map(a -> new ShortCard(meta, q, a.text(), accept, typos, person));
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
    String outside = ClozeCard.BLANK.matcher(text.get().text()).replaceAll("");
    if (outside.contains("{{") || outside.contains("}}")) {
      problems.error(
          text.get(),
          "cloze-braces",
          "unbalanced or nested braces; write each blank {{answer}}, with no braces inside");
      return Optional.empty();
    }
    return Optional.of(new ClozeCard(meta, text.get().text(), typos));
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
}
