package retain.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retain.exchange.LmsQuestion.Kind;
import retain.yaml.Problem;
import retain.yaml.Problem.Severity;

/**
 * Reads a GIFT file (Moodle docs, "GIFT format") into questions: paragraphs separated by blank
 * lines, {@code //} comment lines, {@code $CATEGORY:} lines, {@code ::name::}, a {@code [format]}
 * before the text, and one answer set in braces; text after the braces makes a "missing word"
 * question whose text shows the gap. Every problem is located at its line and column.
 */
final class GiftReader {

  private static final Pattern COMMENT_ESCAPE = Pattern.compile("\\\\([\\\\n])");
  private static final Pattern FORMAT = Pattern.compile("^\\[(html|markdown|plain|moodle)\\]");

  private final String file;
  private final List<PlacedQuestion> questions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private Optional<String> category = Optional.empty();

  private GiftReader(String file) {
    this.file = file;
  }

  static LmsRead read(String file, String text) {
    GiftReader reader = new GiftReader(file);
    String[] lines = text.lines().toArray(String[]::new); // \n, \r\n or \r, like Moodle
    List<String> block = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        if (!block.isEmpty()) {
          reader.block(GiftSource.of(block, numbers), comments);
        }
        block.clear();
        numbers.clear();
        comments.clear();
      } else if (trimmed.startsWith("//")) {
        comments.add(trimmed);
      } else {
        block.add(line);
        numbers.add(i + 1);
      }
    }
    return new LmsRead(reader.questions, reader.problems);
  }

  private void block(GiftSource source, List<String> comments) {
    int start = 0;
    while (Character.isWhitespace(source.text().charAt(start))) {
      start++;
    }
    if (source.text().startsWith("$CATEGORY:", start)) {
      category = Optional.of(source.slice(start + "$CATEGORY:".length(), source.length()).strip());
      return;
    }
    int line = source.line(start);
    int column = source.column(start);
    String name = "";
    if (source.find("::", start, source.length()) == start) {
      int close = source.find("::", start + 2, source.length());
      if (close > 0) {
        name = source.slice(start + 2, close).strip();
        start = close + 2;
      }
    }
    int open = source.find('{', start);
    int close = source.find('}', start);
    if (open < 0 && close < 0) {
      warn(line, column, "description (no answers) skipped: retain has no card for it");
      return;
    }
    if (close < 0) {
      error(source, open, "unclosed '{': the answers need a closing '}'");
      return;
    }
    if (open < 0 || close < open) {
      error(source, close, "'}' without an opening '{' (write \\} for a brace in the text)");
      return;
    }
    int nested = source.find('{', open + 1);
    if (nested >= 0) {
      error(
          source,
          nested,
          nested < close
              ? "'{' inside the answers (write \\{ for a brace)"
              : "a second '{': a question has one set of answers (write \\{ for a brace)");
      return;
    }
    int stray = source.find('}', close + 1);
    if (stray >= 0) {
      error(source, stray, "'}' without an opening '{' (write \\} for a brace in the text)");
      return;
    }
    String after = source.slice(close + 1, source.length());
    String text =
        (source.slice(start, open) + (after.isBlank() ? "" : CardQuestions.GAP + after)).strip();
    String format = "moodle";
    Matcher marker = FORMAT.matcher(text);
    if (marker.find()) {
      format = marker.group(1);
      text = text.substring(marker.end());
    }
    String chosen = format;
    UnaryOperator<String> plain = written -> LmsText.plain(chosen, written);
    LmsQuestion base =
        withComments(LmsQuestion.of(Kind.ESSAY, name, plain.apply(text).strip()), comments)
            .inCategory(category);
    try {
      LmsQuestion question = GiftAnswers.read(base, source, open + 1, close, plain);
      if (question.kind() == Kind.ESSAY) {
        warn(line, column, "essay (empty answers) skipped: retain has no card for it");
      } else {
        questions.add(new PlacedQuestion(question, line, column));
      }
    } catch (GiftAnswers.Invalid invalid) {
      error(source, invalid.at, invalid.getMessage());
    }
  }

  private static LmsQuestion withComments(LmsQuestion question, List<String> comments) {
    Optional<String> hint = Optional.empty();
    List<String> tags = new ArrayList<>();
    for (String comment : comments) {
      if (comment.startsWith(GiftWriter.HINT_COMMENT.strip())) {
        hint = Optional.of(unescape(comment.substring(GiftWriter.HINT_COMMENT.length())));
      } else if (comment.startsWith(GiftWriter.TAG_COMMENT.strip())) {
        tags.add(unescape(comment.substring(GiftWriter.TAG_COMMENT.length())));
      }
    }
    return question.withHelp(question.feedback(), hint, tags);
  }

  /** A retain comment's value: {@code \n} a line break, {@code \\} a backslash. */
  private static String unescape(String value) {
    return COMMENT_ESCAPE
        .matcher(value)
        .replaceAll(match -> match.group(1).equals("n") ? "\n" : "\\\\");
  }

  private void error(GiftSource source, int at, String message) {
    problems.add(
        new Problem(file, source.line(at), source.column(at), Severity.ERROR, "gift", message));
  }

  private void warn(int line, int column, String message) {
    problems.add(new Problem(file, line, column, Severity.WARNING, "gift", message));
  }
}
