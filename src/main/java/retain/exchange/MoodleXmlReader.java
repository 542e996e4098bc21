package retain.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import retain.deck.MatchCard;
import retain.exchange.LmsQuestion.Kind;
import retain.yaml.Problem;
import retain.yaml.Problem.Severity;

/**
 * Reads a Moodle XML file (Moodle docs, "Moodle XML format") into questions: {@code <question
 * type="category">} sets the category of those that follow; texts are read in their own format and
 * turned into plain text. Moodle's other standard types are skipped with a warning; a type Moodle
 * does not have is an error.
 */
final class MoodleXmlReader {

  /** Moodle's standard types that retain has no card for. */
  private static final Set<String> SKIPPED =
      Set.of(
          "essay",
          "description",
          "calculated",
          "calculatedsimple",
          "calculatedmulti",
          "ddwtos",
          "ddimageortext",
          "ddmarker",
          "gapselect",
          "randomsamatch",
          "random");

  private final String file;
  private final List<PlacedQuestion> questions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private MoodleXmlReader(String file) {
    this.file = file;
  }

  static LmsRead read(String file, String text) {
    MoodleXmlReader reader = new MoodleXmlReader(file);
    try {
      XmlElement quiz = XmlElement.parse(text);
      if (!quiz.name().equals("quiz")) {
        reader.problem(
            quiz,
            Severity.ERROR,
            "the root element is <" + quiz.name() + ">; Moodle XML has <quiz>");
      } else {
        reader.quiz(quiz);
      }
    } catch (XmlElement.Malformed malformed) {
      reader.problems.add(
          new Problem(
              file,
              malformed.line,
              malformed.column,
              Severity.ERROR,
              "xml",
              malformed.getMessage()));
    }
    return new LmsRead(reader.questions, reader.problems);
  }

  private void quiz(XmlElement quiz) {
    Optional<String> category = Optional.empty();
    for (XmlElement element : quiz.all("question")) {
      String type = element.attributes().getOrDefault("type", "");
      if (type.equals("category")) {
        category = element.text("category").map(String::strip);
        continue;
      }
      Optional<Kind> kind = Kind.ofXml(type);
      if (kind.isEmpty() && type.equals("multianswer")) {
        kind = Optional.of(Kind.CLOZE);
      }
      if (SKIPPED.contains(type)) {
        problem(element, Severity.WARNING, type + " question skipped: retain has no card for it");
      } else if (kind.isEmpty()) {
        problem(element, Severity.ERROR, "unknown question type '" + type + "'");
      } else {
        try {
          LmsQuestion question = question(element, kind.get()).inCategory(category);
          questions.add(new PlacedQuestion(question, element.line(), element.column()));
        } catch (NumberFormatException notANumber) {
          problem(
              element,
              Severity.ERROR,
              "a fraction or tolerance is not a number: " + notANumber.getMessage());
        }
      }
    }
  }

  private static LmsQuestion question(XmlElement element, Kind kind) {
    String name = element.text("name").orElse("").strip();
    LmsQuestion question =
        LmsQuestion.of(kind, name, formatted(element, "questiontext").orElse(""));
    question =
        switch (kind) {
          case MATCHING -> question.withPairs(pairs(element));
          case ORDERING ->
              question.withItems(
                  element.all("answer").stream().map(answer -> plain(answer)).toList());
          case TRUEFALSE ->
              question.withAnswers(
                  element.all("answer").stream()
                      .map(MoodleXmlReader::answer)
                      .filter(LmsAnswer::isFull)
                      .map(
                          answer ->
                              new LmsAnswer(
                                  String.valueOf(answer.text().equalsIgnoreCase("true")),
                                  LmsAnswer.FULL,
                                  BigDecimal.ZERO,
                                  answer.feedback()))
                      .limit(1)
                      .toList(),
                  true);
          default ->
              question
                  .withAnswers(
                      element.all("answer").stream().map(MoodleXmlReader::answer).toList(),
                      flag(element, "single").orElse(true))
                  .withUnit(unit(element))
                  .shuffled(flag(element, "shuffleanswers").orElse(true));
        };
    Optional<String> hint =
        element.all("hint").stream().map(h -> plain(h)).filter(text -> !text.isBlank()).findFirst();
    List<String> tags =
        element.child("tags").stream()
            .flatMap(tagList -> tagList.all("tag").stream())
            .map(
                tag ->
                    tag.text().isBlank()
                        ? tag.child("text").map(XmlElement::text).orElse("")
                        : tag.text())
            .map(String::strip)
            .toList();
    return question.withHelp(formatted(element, "generalfeedback").orElse(""), hint, tags);
  }

  /** A yes-or-no setting, which Moodle writes {@code true} or {@code 1}. */
  private static Optional<Boolean> flag(XmlElement element, String name) {
    return element
        .child(name)
        .map(XmlElement::text)
        .map(String::strip)
        .map(value -> value.equals("true") || value.equals("1"));
  }

  private static LmsAnswer answer(XmlElement answer) {
    BigDecimal percent = new BigDecimal(answer.attributes().getOrDefault("fraction", "0").strip());
    BigDecimal tolerance =
        answer
            .child("tolerance")
            .map(t -> new BigDecimal(t.text().strip()))
            .orElse(BigDecimal.ZERO);
    return new LmsAnswer(
        plain(answer), percent, tolerance.abs(), formatted(answer, "feedback").orElse(""));
  }

  private static List<MatchCard.Pair> pairs(XmlElement element) {
    return element.all("subquestion").stream()
        .map(sub -> new MatchCard.Pair(plain(sub), sub.text("answer").orElse("").strip()))
        .toList();
  }

  private static Optional<String> unit(XmlElement element) {
    return element.child("units").stream()
        .flatMap(units -> units.all("unit").stream())
        .filter(
            unit ->
                unit.child("multiplier")
                    .map(m -> new BigDecimal(m.text().strip()).compareTo(BigDecimal.ONE) == 0)
                    .orElse(true))
        .flatMap(unit -> unit.child("unit_name").stream())
        .map(name -> name.text().strip())
        .filter(name -> !name.isEmpty())
        .findFirst();
  }

  /** The plain text of child {@code name}'s {@code <text>}, read in the child's format. */
  private static Optional<String> formatted(XmlElement element, String name) {
    return element.child(name).map(MoodleXmlReader::plain);
  }

  /** The plain text of an element's {@code <text>}, read in its {@code format}. */
  private static String plain(XmlElement element) {
    String format = element.attributes().getOrDefault("format", "html");
    return LmsText.plain(format, element.child("text").map(XmlElement::text).orElse("")).strip();
  }

  private void problem(XmlElement element, Severity severity, String message) {
    problems.add(new Problem(file, element.line(), element.column(), severity, "xml", message));
  }
}
