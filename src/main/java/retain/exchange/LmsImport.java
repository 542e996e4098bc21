package retain.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retain.yaml.Problem;
import retain.yaml.Problem.Severity;

/**
 * A Moodle question bank, from GIFT or Moodle XML, as the text of a YAML deck (docs/lms.md). Card
 * ids come from the question names, or the texts when a question has none, so importing the same
 * file again gives the same ids. Problems are located in the file read: errors (nothing should be
 * written) and warnings (a question skipped, or what a card lost).
 */
public final class LmsImport {

  /** The deck (none when there are errors) and the problems found. */
  public record Result(Optional<DeckFile> deck, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** The deck's text; empty when there are errors. */
    public String yaml() {
      return deck.map(DeckFile::yaml).orElse("");
    }

    /** Whether anything stops the deck from being written. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private LmsImport() {}

  /**
   * A deck from a GIFT file.
   *
   * @param fileName names the file in messages, and the deck when its categories do not
   * @param id the new deck's id; empty to make it from the deck's name
   */
  public static Result fromGift(String text, String fileName, Optional<String> id) {
    LmsRead read = GiftReader.read(fileName, text);
    return deck(new LmsRead(GiftCloze.join(read.questions()), read.problems()), fileName, id);
  }

  /** A deck from a Moodle XML file; see {@link #fromGift} for the names. */
  public static Result fromMoodleXml(String text, String fileName, Optional<String> id) {
    return deck(MoodleXmlReader.read(fileName, text), fileName, id);
  }

  private static Result deck(LmsRead read, String fileName, Optional<String> id) {
    List<Problem> problems = new ArrayList<>(read.problems());
    if (problems.stream().anyMatch(Problem::isError)) {
      return new Result(Optional.empty(), problems);
    }
    List<Map<String, Object>> cards = new ArrayList<>();
    Map<String, Optional<String>> topics = new HashMap<>();
    for (PlacedQuestion placed : read.questions()) {
      QuestionFields.Mapped mapped =
          QuestionFields.of(
              placed.question(), path -> topics.computeIfAbsent(path, LmsCategory::topic));
      mapped.fields().ifPresent(cards::add);
      if (!mapped.losses().isEmpty()) {
        String name = placed.question().name();
        problems.add(
            new Problem(
                fileName,
                placed.line(),
                placed.column(),
                Severity.WARNING,
                "lms",
                (name.isBlank() ? "" : name + ": ") + String.join("; ", mapped.losses())));
      }
    }
    Optional<String> bank =
        read.questions().stream()
            .flatMap(placed -> placed.question().category().stream())
            .flatMap(path -> LmsCategory.bank(path).stream())
            .findFirst();
    problems.sort(Comparator.comparingInt(Problem::line));
    return new Result(
        Optional.of(DeckImport.yaml(new Draft(bank, Optional.empty(), cards), fileName, id)),
        problems);
  }
}
