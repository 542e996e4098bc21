package retain.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import retain.deck.Deck;
import retain.deck.DeckProblem;
import retain.deck.Fields;
import retain.deck.Problems;
import retain.deck.Suggestions;
import retain.deck.YamlParser;
import retain.deck.YamlValue;

/** Reads an answers file and checks it against its deck, with a location for every problem. */
public final class AnswersReader {

  private static final List<String> KEYS = List.of("deck", "student", "seed", "answers");

  private AnswersReader() {}

  /** What reading gave: the answers when there is no error, and every problem found. */
  public record Result(Optional<AnswersFile> answers, List<DeckProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** Reads {@code bytes} (named {@code file} in messages) as answers to {@code deck}. */
  public static Result read(String file, byte[] bytes, Deck deck) {
    Problems problems = new Problems(file);
    Optional<AnswersFile> answers =
        YamlParser.parse(bytes, problems).flatMap(root -> read(root, deck, problems));
    return new Result(problems.hasErrors() ? Optional.empty() : answers, problems.list());
  }

  private static Optional<AnswersFile> read(YamlValue root, Deck deck, Problems problems) {
    if (!(root instanceof YamlValue.Mapping mapping)) {
      problems.error(
          root,
          "not-answers",
          "an answers file should be a mapping with deck and answers, found " + root.describe());
      return Optional.empty();
    }
    Fields fields = new Fields(mapping, problems, "the answers file");
    fields.allowOnly(KEYS);
    Optional<YamlValue.Scalar> deckId = fields.requireText("deck", "the id of the deck answered");
    deckId
        .filter(id -> !deck.answersTo(id.text()))
        .ifPresent(
            id ->
                problems.error(
                    id,
                    "wrong-deck",
                    "these answers are for deck '" + id.text() + "', not '" + deck.id() + "'"));
    Optional<YamlValue.Mapping> given = fields.mapping("answers");
    if (given.isEmpty() && mapping.find("answers").isEmpty()) {
      problems.error(
          mapping, "missing-key", "the answers file is missing 'answers' (item id: answer)");
    }
    List<AnswersFile.Answer> answers = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    Optional<YamlValue> firstRenamed = Optional.empty();
    for (YamlValue.Entry entry : given.map(YamlValue.Mapping::entries).orElse(List.of())) {
      String written = entry.key().text();
      Optional<String> current = deck.renamed(written);
      if (current.isPresent()) {
        firstRenamed = firstRenamed.or(() -> Optional.of(entry.key()));
        renamed.add(written + " as " + current.get());
      }
      String id = current.orElse(written);
      if (checked(id, entry, deck, problems)) {
        answers.add(new AnswersFile.Answer(id, entry.key(), entry.value()));
      }
    }
    // said once for the file: an answers file written against an old deck may use many old ids
    firstRenamed.ifPresent(
        at ->
            problems.warning(
                at,
                "former-id",
                "former card ids of deck '"
                    + deck.id()
                    + "' read as their current ids: "
                    + String.join(", ", renamed)));
    PaperId paper = new PaperId(seed(fields, problems), fields.string("student"));
    return deckId.map(id -> new AnswersFile(deck.id(), paper, answers));
  }

  /** The seed of the paper answered, as {@code retain paper --seed} printed it. */
  private static Optional<Long> seed(Fields fields, Problems problems) {
    Optional<YamlValue.Scalar> written = fields.text("seed");
    try {
      return written.map(scalar -> Long.parseLong(scalar.text().strip()));
    } catch (NumberFormatException e) {
      problems.error(
          written.orElseThrow(),
          "wrong-type",
          "'seed' should be the whole number printed on the paper, found '"
              + written.orElseThrow().text()
              + "'");
      return Optional.empty();
    }
  }

  private static boolean checked(String id, YamlValue.Entry entry, Deck deck, Problems problems) {
    if (deck.findItem(id).isEmpty()) {
      List<String> ids = deck.items().stream().map(item -> item.id()).toList();
      String hint =
          deck.findCard(id).isPresent()
              ? "; it is a cloze card: answer each blank as " + id + ".1, " + id + ".2, ..."
              : Suggestions.nearest(id, ids)
                  .map(near -> "; did you mean '" + near + "'?")
                  .orElse("");
      problems.error(
          entry.key(), "unknown-card", "deck '" + deck.id() + "' has no card '" + id + "'" + hint);
      return false;
    }
    if (entry.value() instanceof YamlValue.Scalar || isFlat(entry.value())) {
      return true;
    }
    problems.error(
        entry.value(),
        "wrong-type",
        "the answer to '" + id + "' should be text, a list or a mapping of texts");
    return false;
  }

  /** Lists and mappings of plain texts; anything nested deeper is no answer to any card. */
  private static boolean isFlat(YamlValue value) {
    if (value instanceof YamlValue.Sequence sequence) {
      return sequence.items().stream().allMatch(YamlValue.Scalar.class::isInstance);
    }
    return value instanceof YamlValue.Mapping mapping
        && mapping.entries().stream().allMatch(entry -> entry.value() instanceof YamlValue.Scalar);
  }
}
