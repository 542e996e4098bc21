package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exam and paper command the docs print runs as printed: in a course folder holding the
 * shipped example answers file as {@code answers.yaml}, none is refused for bad usage or a missing
 * file. Commands showing placeholders (DECK, FILE) are synopses, not examples, and are left out.
 */
class DocsCommandsTest {

  private static final Pattern FENCE = Pattern.compile("(?s)```[^\\n]*\\n(.*?)```");
  private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
  // "retain" as a program: at a line's start, after "$ " or a folder ("/tmp/retain/retain exam")
  private static final Pattern COMMAND = Pattern.compile("(?:^|[\\s/])retain ([^#>|\\n]+)");
  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z]+|.*[\\[\\]].*");
  private static final Pattern BARE_FILE = Pattern.compile("[\\w.-]+\\.(yaml|html|json|xml)");

  @TempDir Path data;
  @TempDir Path course;

  @Test
  void everyExamCommandInTheDocsRunsAsPrinted() throws IOException {
    Files.copy(
        Path.of("docs/examples/belarus-russia-2022.answers.yaml"), course.resolve("answers.yaml"));
    List<List<String>> commands = new ArrayList<>(commands(Path.of("docs/exam.md")));
    commands(Path.of("README.md")).stream()
        .filter(command -> List.of("exam", "paper").contains(command.get(0)))
        .forEach(commands::add);

    assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
    for (List<String> command : commands) {
      var result = new CliRunner(data).run(inCourse(command));
      assertThat(result.exitCode())
          .as("retain %s\n%s", String.join(" ", command), result.err())
          .isIn(ExitCodes.OK, ExitCodes.CHECK_FAILED);
    }
  }

  @Test
  void theShippedExampleNamesOnlyItemsOfTheShippedDeck() {
    var result =
        new CliRunner(data)
            .run(
                "exam",
                "belarus-russia-2022",
                "--answers",
                "docs/examples/belarus-russia-2022.answers.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("  right   minsk-visit ").contains("8 of 86 answered");
  }

  /** The runnable retain command lines of a markdown file, in the order they appear. */
  private static List<List<String>> commands(Path markdown) throws IOException {
    String text = Files.readString(markdown);
    List<String> lines = new ArrayList<>();
    Matcher fence = FENCE.matcher(text);
    StringBuilder prose = new StringBuilder();
    while (fence.find()) {
      lines.addAll(fence.group(1).lines().toList());
      fence.appendReplacement(prose, "");
    }
    fence.appendTail(prose);
    // an inline span may wrap onto the next line of the paragraph
    SPAN.matcher(prose)
        .results()
        .map(span -> span.group(1).replaceAll("\\s+", " "))
        .forEach(lines::add);
    List<List<String>> commands = new ArrayList<>();
    for (String line : lines) {
      Matcher command = COMMAND.matcher(line);
      if (command.find()) {
        List<String> tokens = tokens(command.group(1));
        if (tokens.size() > 1 && tokens.stream().noneMatch(PLACEHOLDER.asMatchPredicate())) {
          commands.add(tokens);
        }
      }
    }
    return commands;
  }

  private static List<String> tokens(String command) {
    return TOKEN
        .matcher(command)
        .results()
        .map(token -> token.group(1) != null ? token.group(1) : token.group(2))
        .toList();
  }

  /** {@code command} with its bare file names (answers.yaml, jane.html) in the course folder. */
  private String[] inCourse(List<String> command) {
    return command.stream()
        .map(token -> BARE_FILE.matcher(token).matches() ? course.resolve(token).toString() : token)
        .toArray(String[]::new);
  }
}
