package retain.deck;

import java.util.List;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.YamlValue;

/** Reads choice and multi cards: 2 to 10 distinct choices, and answers among them. */
final class ChoiceReader {

  private final Problems problems;

  ChoiceReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Card> choice(CardMeta meta, String q, Fields fields) {
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

  Optional<Card> multi(CardMeta meta, String q, Fields fields) {
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
    if (answers.get().isEmpty()
        && fields.mapping().find("a").orElseThrow() instanceof YamlValue.Sequence none
        && none.items().isEmpty()) {
      problems.error(
          none, "no-right-choice", "'a' lists no right choice; a multi card needs at least one");
    }
    for (YamlValue.Scalar answer : answers.get()) {
      if (!choices.get().contains(answer.text())) {
        problems.error(answer, "answer-not-a-choice", notAChoice(answer, choices.get()));
        valid = false;
      }
    }
    return valid
        ? Optional.of(new MultiCard(meta, q, choices.get(), Values.texts(answers.get()), shuffle))
        : Optional.empty();
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
    return Values.distinct(choices.get(), "choices", problems)
        ? Optional.of(Values.texts(choices.get()))
        : Optional.empty();
  }

  private static String notAChoice(YamlValue.Scalar answer, List<String> choices) {
    return "answer '" + answer.text() + "' is not among the choices: " + String.join(", ", choices);
  }
}
