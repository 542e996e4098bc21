package retain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads exam JSON reports (docs/exam.md, format 2) into {@link ExamSheet}s. */
public final class ExamSheets {

  /** A sheet, or why the file is not one. */
  public sealed interface Read permits Sheet, Refused {}

  /** A usable report. */
  public record Sheet(ExamSheet sheet) implements Read {}

  /** A file that is skipped, with the reason. */
  public record Refused(SheetProblem problem) implements Read {}

  private static final int FORMAT = 2;

  private ExamSheets() {}

  /** The report in {@code text}, read from {@code source}. */
  public static Read read(String source, String text) {
    return read(source, text, false);
  }

  /**
   * The report's header only (deck, hash, student), with no answers: what {@link Roster} needs, at
   * a fraction of the cost of reading the results.
   */
  public static Read head(String source, String text) {
    return read(source, text, true);
  }

  private static Read read(String source, String text, boolean headOnly) {
    Object root;
    try {
      root = headOnly ? JsonText.head(text, "results") : JsonText.parse(text);
    } catch (JsonText.Malformed e) {
      return new Refused(new SheetProblem(source, e.line, e.column, e.getMessage()));
    }
    try {
      return new Sheet(sheet(source, root, headOnly));
    } catch (IllegalArgumentException e) {
      return new Refused(new SheetProblem(source, 0, 0, e.getMessage()));
    }
  }

  private static ExamSheet sheet(String source, Object root, boolean headOnly) {
    Map<?, ?> report = map(root, "the report");
    Object format = report.get("format");
    if (!(format instanceof Double number && number == FORMAT)) {
      throw new IllegalArgumentException(
          "not an exam report of format 2 (format: "
              + format
              + "); grade the answers again with retain exam --format json");
    }
    List<Answer> answers = new ArrayList<>();
    for (Object result : headOnly ? List.of() : list(report.get("results"), "results")) {
      answers.add(answer(map(result, "a result")));
    }
    return new ExamSheet(
        source,
        text(report.get("deck"), "deck"),
        text(report.get("hash"), "hash"),
        optional(report.get("student"), "student"),
        answers);
  }

  private static Answer answer(Map<?, ?> result) {
    String item = text(result.get("card"), "card");
    Object score = result.get("score");
    if (!(score instanceof Double credit)) {
      throw new IllegalArgumentException("item '" + item + "' has no number as its score");
    }
    Object choices = result.get("choices");
    return new Answer(
        item,
        text(result.get("type"), "type"),
        optional(result.get("topic"), "topic"),
        text(result.get("question"), "question"),
        choices == null ? List.of() : texts(choices, "choices"),
        choices == null ? List.of() : texts(result.get("right"), "right"),
        texts(result.get("picked"), "picked"),
        result.get("response") != null,
        credit);
  }

  private static Map<?, ?> map(Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException(what + " must be a JSON object");
  }

  private static List<?> list(Object value, String what) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException("\"" + what + "\" must be a list");
  }

  private static List<String> texts(Object value, String what) {
    return list(value, what).stream().map(element -> text(element, what)).toList();
  }

  private static String text(Object value, String what) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException("\"" + what + "\" must be a string");
  }

  private static Optional<String> optional(Object value, String what) {
    return value == null ? Optional.empty() : Optional.of(text(value, what));
  }
}
