package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retain.cli.Cli;
import retain.cli.CliRunner;
import retain.cli.Consoles;
import retain.cli.ExitCodes;

/** One command tree: every command typed at the REPL behaves exactly as on the command line. */
class LineRunnerTest {

  private static final String DECK = "belarus-russia-2022";
  private static final String CSV = "question,answer\nCapital of Belarus?,Minsk\n";

  @TempDir Path temp;

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("", "--help"),
        Arguments.of("", "--version"),
        Arguments.of("19 December 2022\n3.12.2022\n", "study " + DECK + " --limit 2"),
        Arguments.of("19 December 2022\n:quit\n", "quiz " + DECK + " --count 3"),
        Arguments.of(
            "",
            "exam src/test/resources/decks/good/every-type.yaml"
                + " --answers src/test/resources/exam/good.yaml --no-record"),
        Arguments.of("", "report src/test/resources/report/class"),
        Arguments.of("", "paper " + DECK + " --student Jane --count 3"),
        Arguments.of("", "lint src/test/resources/decks/good"),
        Arguments.of("", "coverage src/test/resources/author/orchard.yaml"),
        Arguments.of("", "draft src/test/resources/author/skerry.md"),
        Arguments.of("", "stats " + DECK),
        Arguments.of("", "plan " + DECK + " --exam 2022-12-29"),
        Arguments.of("", "history --format csv"),
        Arguments.of("", "optimize"),
        Arguments.of("", "decks"),
        Arguments.of("", "show " + DECK + "/minsk-visit"),
        Arguments.of("", "export " + DECK + " --to json"),
        Arguments.of("", "import {DATA}/in.csv --from csv --id capitals -o {DATA}/capitals.yaml"),
        Arguments.of("", "doctor"),
        Arguments.of("", "completion bash"),
        Arguments.of("", "help study"),
        Arguments.of("", "stdy"),
        Arguments.of("", "study"),
        Arguments.of("", "decks --bogus"),
        Arguments.of("", "completion fish"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void givesTheCommandLinesOutputAndExitCode(String input, String command) throws IOException {
    Path cliData = folder("cli");
    Path replData = folder("repl");
    var cli = new CliRunner(cliData);
    CliRunner.Result expected = cli.runWithInput(input, words(command, cliData));

    CliRunner.Result actual = typed(new CliRunner(replData), input, command, replData);

    assertThat(actual.exitCode()).isEqualTo(expected.exitCode());
    assertThat(actual.out().replace(replData.toString(), "{DATA}"))
        .isEqualTo(expected.out().replace(cliData.toString(), "{DATA}"));
    assertThat(actual.err().replace(replData.toString(), "{DATA}"))
        .isEqualTo(expected.err().replace(cliData.toString(), "{DATA}"));
  }

  @Test
  void optionsOfOneLineDoNotReachTheNext() throws IOException {
    Path data = folder("repl");
    var cli = new CliRunner(data);
    StringWriter out = new StringWriter();
    var printer = new PrintWriter(out, true);
    var runner = runner(cli, printer, () -> 80);

    runner.run("--data " + data + " decks --help");
    out.getBuffer().setLength(0);
    int code = runner.run("--data " + data + " decks");

    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("ID ").doesNotContain("Usage:");
  }

  /** A 60-column terminal gets a 60-column listing: the title gives way, not the counts. */
  @Test
  void eachLineRunsAtTheTerminalsWidthOfTheMoment() throws IOException {
    Path data = temp.resolve("data");
    var cli = new CliRunner(data);
    StringWriter out = new StringWriter();
    var printer = new PrintWriter(out, true);
    int[] width = {60};
    var runner = runner(cli, printer, () -> width[0]);

    runner.run("--data " + data + " decks");
    String narrow = out.toString();
    out.getBuffer().setLength(0);
    width[0] = 120;
    runner.run("--data " + data + " decks");

    assertThat(narrow.lines())
        .filteredOn(line -> !line.contains("hidden by"))
        .isNotEmpty()
        .allMatch(line -> line.codePointCount(0, line.length()) <= 60);
    assertThat(narrow).contains("belarus-russia-2022", "…");
    assertThat(out.toString()).contains("Belarus and Russia: the December 2022");
  }

  @Test
  void quotesGroupWordsAndALeadingRetainIsDropped() throws IOException {
    var runner =
        new LineRunner(
            new Globals(new CliRunner(temp).environment(""), List.of()),
            null,
            null,
            null,
            () -> 80);

    assertThat(runner.words("retain lint 'my decks/a b.yaml' --strict"))
        .containsExactly("lint", "my decks/a b.yaml", "--strict");
    assertThat(runner.isQuit("  quit ")).isTrue();
    assertThat(runner.isQuit("exit")).isTrue();
    assertThat(runner.isQuit("quit now")).isFalse();
  }

  @Test
  void everyCommandOfTheTreeIsCovered() {
    List<String> covered =
        commands().map(arguments -> ((String) arguments.get()[1]).split(" ")[0]).toList();
    var nowhere = new PrintWriter(Writer.nullWriter());
    var names =
        Cli.create(new CliRunner(temp).environment(""), nowhere, nowhere).getSubcommands().keySet();

    assertThat(names).hasSize(19);
    assertThat(covered).containsAll(names);
  }

  /** A runner printing to {@code printer} on a terminal {@code columns} wide. */
  private static LineRunner runner(CliRunner cli, PrintWriter printer, IntSupplier columns) {
    return new LineRunner(
        new Globals(cli.environment(""), List.of()),
        printer,
        printer,
        Consoles.plain(cli.environment("")),
        columns);
  }

  private CliRunner.Result typed(CliRunner cli, String input, String command, Path data) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var environment = cli.environment(input);
    var runner =
        new LineRunner(
            new Globals(environment, List.of()),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Consoles.plain(environment),
            () -> 80);
    String line =
        cli.arguments(words(command, data)).stream()
            .map(LineRunnerTest::quoted)
            .collect(Collectors.joining(" "));
    int code = runner.run(line);
    return new CliRunner.Result(
        code, CliRunner.normalise(out.toString()), CliRunner.normalise(err.toString()));
  }

  private Path folder(String name) throws IOException {
    Path data = Files.createDirectories(temp.resolve(name));
    Files.writeString(data.resolve("in.csv"), CSV);
    return data;
  }

  private static String[] words(String command, Path data) {
    return Arrays.stream(command.split(" "))
        .map(word -> word.replace("{DATA}", data.toString()))
        .toArray(String[]::new);
  }

  private static String quoted(String word) {
    return word.contains(" ") ? "'" + word + "'" : word;
  }
}
