package retain.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import retain.deck.Deck;
import retain.yaml.Fields;
import retain.yaml.Loaded;
import retain.yaml.Problems;
import retain.yaml.YamlParser;
import retain.yaml.YamlValue;

/** Reads an answers file and checks it against its deck, with a location for every problem. */
public final class AnswersReader {

  private static final List<String> KEYS =
      List.of("deck", "student", "seed", "questions", "answers");

  private AnswersReader() {}

  /**
   * Reads {@code bytes} (named {@code file} in messages) as answers to {@code deck}; question
   * numbers are read on the paper {@code papers} gives for the paper the file names.
   */
  public static Loaded<AnswersFile> read(
      String file, byte[] bytes, Deck deck, Function<PaperId, Paper> papers) {
    Problems problems = new Problems(file);
    Entries entries = new Entries(deck.items().size() + Problems.CAP, problems);
    Optional<AnswersFile> answers =
        YamlParser.parseEntries(bytes, problems, "answers", entries::add)
            .flatMap(root -> read(root, entries.kept(), deck, papers, problems));
    return new Loaded<>(problems.hasErrors() ? Optional.empty() : answers, problems.list());
  }

  private static Optional<AnswersFile> read(
      YamlValue root,
      List<YamlValue.Entry> given,
      Deck deck,
      Function<PaperId, Paper> papers,
      Problems problems) {
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
    if (fields.mapping("answers").isEmpty() && mapping.find("answers").isEmpty()) {
      problems.error(
          mapping,
          "missing-key",
          "the answers file is missing 'answers' (question number or item id: answer)");
    }
    PaperId paper = new PaperId(number(fields, "seed", problems), fields.string("student"));
    Paper graded = papers.apply(paper);
    checkLength(fields, graded, problems);
    List<AnswersFile.Answer> answers = new AnswerKeys(graded, problems).read(given);
    return deckId.map(id -> new AnswersFile(deck.id(), paper, answers));
  }

  /**
   * A template says how many questions its paper had, so that question numbers are never read on a
   * paper of another length (graded without the paper's --count or --topic).
   */
  private static void checkLength(Fields fields, Paper graded, Problems problems) {
    Optional<Long> written = number(fields, "questions", problems);
    if (written.isPresent() && written.get() != graded.items().size()) {
      problems.error(
          fields.mapping().find("questions").orElseThrow(),
          "wrong-paper",
          "these answers are for a paper of "
              + written.get()
              + " questions, but the paper graded has "
              + graded.items().size()
              + "; grade with the --count and --topic the paper was printed with");
    }
  }

  /** A whole number under {@code key}, such as the seed printed on the paper. */
  private static Optional<Long> number(Fields fields, String key, Problems problems) {
    Optional<YamlValue.Scalar> written = fields.text(key);
    try {
      return written.map(scalar -> Long.parseLong(scalar.text().strip()));
    } catch (NumberFormatException e) {
      problems.error(
          written.orElseThrow(),
          "wrong-type",
          "'"
              + key
              + "' should be the whole number printed on the paper, found '"
              + written.orElseThrow().text()
              + "'");
      return Optional.empty();
    }
  }

  /**
   * The entries under {@code answers:} as the parser hands them on, up to one per item of the deck
   * and as many again as problems are shown: a file with more repeats or invents keys, so the rest
   * is refused in one line rather than held in memory (a million keys filled a 256 MB heap; issue
   * 13).
   */
  private static final class Entries {
    private final int limit;
    private final Problems problems;
    private final List<YamlValue.Entry> kept = new ArrayList<>();
    private boolean refused;

    Entries(int limit, Problems problems) {
      this.limit = limit;
      this.problems = problems;
    }

    void add(YamlValue.Entry entry) {
      if (kept.size() < limit) {
        kept.add(entry);
      } else if (!refused) {
        refused = true;
        problems.error(
            entry.key(),
            "too-many-answers",
            "more answers than the deck has questions ("
                + (limit - Problems.CAP)
                + "); the answers from here on are not read");
      }
    }

    List<YamlValue.Entry> kept() {
      return kept;
    }
  }
}
