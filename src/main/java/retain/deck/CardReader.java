package retain.deck;

import java.util.List;
import java.util.Optional;
import retain.yaml.Fields;
import retain.yaml.Problems;
import retain.yaml.Suggestions;
import retain.yaml.YamlValue;

/** Reads one card mapping into a {@link Card}, reporting what is wrong with it. */
final class CardReader {

  private final Problems problems;
  private final AnswerReader answers;

  CardReader(Problems problems) {
    this.problems = problems;
    this.answers = new AnswerReader(problems);
  }

  /** The card, or empty when it has errors (which are then in the problems). */
  Optional<Card> read(YamlValue value, int index) {
    if (!(value instanceof YamlValue.Mapping mapping)) {
      problems.error(
          value, "wrong-type", "card " + index + " should be a mapping, found " + value.describe());
      return Optional.empty();
    }
    Optional<String> id =
        mapping
            .find("id")
            .filter(YamlValue.Scalar.class::isInstance)
            .map(v -> ((YamlValue.Scalar) v).text());
    Fields fields =
        new Fields(mapping, problems, id.map(i -> "card '" + i + "'").orElse("card " + index));
    Optional<CardType> type = type(fields);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    fields.allowOnly(CardSchema.keys(type.get()), key -> CardSchema.misplaced(key, type.get()));
    int before = problems.errorCount();
    Optional<CardMeta> meta = meta(fields);
    Optional<Card> card = meta.flatMap(m -> answers.read(type.get(), m, fields));
    return problems.errorCount() == before ? card : Optional.empty();
  }

  private Optional<CardType> type(Fields fields) {
    Optional<YamlValue.Scalar> written = fields.text("type");
    if (written.isEmpty()) {
      return fields.mapping().find("type").isPresent()
          ? Optional.empty()
          : Optional.of(CardType.SHORT);
    }
    Optional<CardType> type = CardType.fromKey(written.get().text());
    if (type.isEmpty()) {
      problems.error(
          written.get(),
          "unknown-type",
          "unknown card type '"
              + written.get().text()
              + "'"
              + Suggestions.nearest(written.get().text(), CardType.keys())
                  .map(near -> "; did you mean '" + near + "'?")
                  .orElse("; expected one of: " + String.join(", ", CardType.keys())));
    }
    return type;
  }

  private Optional<CardMeta> meta(Fields fields) {
    Optional<YamlValue.Scalar> id = fields.requireText("id", "a unique id such as minsk-visit");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    if (!Ids.isValid(id.get().text())) {
      problems.error(
          id.get(),
          "bad-id",
          "card id must be lowercase letters, digits and hyphens ([a-z0-9-]+), found '"
              + id.get().text()
              + "'");
      return Optional.empty();
    }
    List<String> tags =
        fields.textList("tags").orElse(List.of()).stream().map(YamlValue.Scalar::text).toList();
    return Optional.of(
        new CardMeta(
            id.get().text(),
            fields.string("topic"),
            tags,
            fields.string("hint"),
            fields.string("explain"),
            fields.string("ref")));
  }
}
