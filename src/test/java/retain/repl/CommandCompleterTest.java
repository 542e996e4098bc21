package retain.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.cli.CliRunner;

/** What Tab offers at the REPL prompt (the bundled deck and ./decks hold belarus-russia-2022). */
class CommandCompleterTest {

  private static final String DECK = "belarus-russia-2022";

  @TempDir Path data;

  private List<String> candidates(String line) throws IOException {
    var environment = new CliRunner(data).environment("");
    var completer =
        new CommandCompleter(environment, new Globals(environment, List.of()).catalog());
    var parsed = new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
    List<Candidate> candidates = new ArrayList<>();
    // a dumb terminal, not a streams one from TerminalBuilder: that would open a pty whose pump
    // thread logs an I/O error when it is closed
    try (Terminal terminal =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            InputStream.nullInputStream(),
            OutputStream.nullOutputStream(),
            StandardCharsets.UTF_8)) {
      completer.complete(
          LineReaderBuilder.builder().terminal(terminal).build(), parsed, candidates);
    }
    return candidates.stream().map(Candidate::value).distinct().toList();
  }

  @Test
  void offersEveryCommandAndTheWaysOutAtTheStart() throws IOException {
    assertThat(candidates("stu"))
        .contains(
            "study",
            "stats",
            "quiz",
            "completion",
            "coverage",
            "draft",
            "plan",
            "optimize",
            "paper",
            "report",
            "help",
            "quit",
            "exit")
        .hasSize(21);
  }

  @Test
  void offersTheCommandsOptionsIncludingInheritedOnes() throws IOException {
    assertThat(candidates("study --l"))
        .contains("--limit", "--new", "--topic", "--data", "--no-color")
        .doesNotContain("--count");
    assertThat(candidates("quiz " + DECK + " --")).contains("--count", "--types");
  }

  @Test
  void offersDeckIdsWhereACommandTakesADeck() throws IOException {
    assertThat(candidates("study ")).contains(DECK);
    assertThat(candidates("quiz be")).contains(DECK);
    assertThat(candidates("lint ")).contains(DECK);
    assertThat(candidates("--seed 3 stats ")).contains(DECK);
  }

  @Test
  void offersTheTopicsOfTheChosenDeck() throws IOException {
    assertThat(candidates("study " + DECK + " --topic "))
        .containsExactly("dates", "systems", "agreements", "people", "consequences");
    assertThat(candidates("study --topic ")).isEmpty();
  }

  @Test
  void offersCardIdsAfterTheDeckAndASlash() throws IOException {
    assertThat(candidates("show " + DECK + "/"))
        .contains(DECK + "/minsk-visit", DECK + "/protocol-date")
        .allMatch(candidate -> candidate.startsWith(DECK + "/"));
    assertThat(candidates("history " + DECK + " --card ")).contains("minsk-visit");
  }

  @Test
  void offersFilesWhereACommandReadsOne() throws IOException {
    assertThat(candidates("import src/test/resources/exam/g"))
        .contains("src/test/resources/exam/good.yaml");
    assertThat(candidates("exam " + DECK + " --answers src/test/resources/exam/"))
        .contains("src/test/resources/exam/wrong-deck.yaml");
  }

  @Test
  void offersTheValuesPicocliKnows() throws IOException {
    assertThat(candidates("completion ")).containsExactly("bash", "zsh");
    assertThat(candidates("help ")).contains("study", "doctor").doesNotContain("quit");
  }

  @Test
  void offersHelpOnEveryCommand() throws IOException {
    assertThat(candidates("study --")).contains("--help");
    assertThat(candidates("lint -")).contains("-h", "--help");
    assertThat(candidates("--")).contains("--help", "--version");
  }

  @Test
  void offersOnlyTheFormatsTheCommandWrites() throws IOException {
    assertThat(candidates("stats --format ")).containsExactly("text", "json");
    assertThat(candidates("history --format ")).containsExactly("text", "json", "csv", "revlog");
    assertThat(candidates("exam --format ")).containsExactly("text", "json", "junit", "tap");
  }
}
