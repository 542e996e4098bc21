package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The whole command tree as a new user meets it: every command, including ones added later, answers
 * -h and --help with its usage and examples, and a mistake gets one line and a pointer to the help.
 */
class CliTest {

  @TempDir Path data;

  private static CommandLine tree() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Cli.create(new CliRunner(Path.of("unused")).environment(""), nowhere, nowhere);
  }

  /** Every command's words after "retain", the root being the empty list. */
  static Stream<List<String>> commands() {
    Set<List<String>> all = new LinkedHashSet<>();
    collect(tree(), all);
    return all.stream();
  }

  private static void collect(CommandLine command, Set<List<String>> all) {
    List<String> words = List.of(command.getCommandSpec().qualifiedName().split(" "));
    all.add(words.subList(1, words.size()));
    command.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  private CliRunner.Result run(List<String> command, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(more));
    return new CliRunner(data).run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandShowsItsUsageOnHelpAndH(List<String> command) {
    String usage =
        "Usage: " + String.join(" ", Stream.concat(Stream.of("retain"), command.stream()).toList());
    for (String help : List.of("--help", "-h")) {
      CliRunner.Result result = run(command, help);

      assertThat(result.exitCode()).as(command + " " + help).isZero();
      assertThat(result.err()).as(command + " " + help).isEmpty();
      assertThat(result.out()).as(command + " " + help).contains(usage, "-h, --help");
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandsHelpFitsSixtyColumns(List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.add("--help");

    var result = new CliRunner(data, Map.of("COLUMNS", "60")).run(args.toArray(String[]::new));

    assertThat(result.out().lines())
        .as(String.join(" ", command))
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThan(60));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandShowsOneToThreeExamplesThatParse(List<String> command) {
    if (command.equals(List.of("help"))) {
      return; // picocli's own help command: "retain help study" is the root's example
    }
    String usage = run(command, "--help").out();
    assertThat(usage).as(String.join(" ", command)).contains("\nExamples:\n");
    List<String> examples =
        usage
            .substring(usage.indexOf("\nExamples:\n") + 11)
            .lines()
            .takeWhile(line -> line.startsWith("  "))
            .map(String::strip)
            .toList();

    assertThat(examples).as(String.join(" ", command)).hasSizeBetween(1, 3);
    for (String example : examples) {
      assertThat(example).startsWith("retain ");
      // what a shell passes to retain: the words before a pipe or redirection
      String[] words = example.replaceFirst("\\s[|>].*", "").split("\\s+");
      String[] args = Arrays.copyOfRange(words, 1, words.length);
      assertThatCode(() -> tree().parseArgs(args)).as(example).doesNotThrowAnyException();
    }
  }

  @Test
  void aMistakeGetsOneLineAndWhereTheHelpIs() {
    CliRunner.Result result = new CliRunner(data).run("study");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("retain: Missing required parameter: 'DECK'\ntry 'retain study --help'\n");
  }

  @Test
  void anUnknownCommandSuggestsTheNearestOne() {
    CliRunner.Result result = new CliRunner(data).run("stdy");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("study").endsWith("try 'retain --help'\n");
  }

  @Test
  void formatListsAndTakesOnlyTheCommandsFormats() {
    CliRunner.Result help = new CliRunner(data).run("stats", "--help");
    CliRunner.Result wrong = new CliRunner(data).run("stats", "--format", "csv");

    assertThat(help.out()).contains("Output format: text, json (default: text).");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(wrong.err())
        .isEqualTo(
            "retain: Invalid value for option '--format': 'stats' writes text, json, not 'csv'\n"
                + "try 'retain stats --help'\n");
  }

  @Test
  void dataNamesItsDefault() {
    assertThat(new CliRunner(data).run("--help").out()).contains("~/.local/share/retain");
  }
}
