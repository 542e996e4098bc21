package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

  private static CommandLine forRun(String... args) {
    var environment =
        new Environment(Map.of(), new ByteArrayInputStream(new byte[0]), false, Clock.systemUTC());
    var discard = new PrintWriter(Writer.nullWriter());
    return Cli.forRun(environment, discard, discard, args);
  }

  @Test
  void aRunNamingASubcommandFirstBuildsOnlyThatOne() {
    assertThat(forRun("lint", "decks").getSubcommands()).containsOnlyKeys("lint");
  }

  @Test
  void helpOptionsFirstAndMistypedNamesBuildEverySubcommandInHelpOrder() {
    for (String[] args :
        new String[][] {{}, {"--help"}, {"--seed", "3", "study", "deck"}, {"stdy", "deck"}}) {
      assertThat(forRun(args).getSubcommands().keySet())
          .containsExactly(
              "study", "quiz", "exam", "lint", "stats", "history", "decks", "show", "export",
              "import", "doctor");
    }
  }
}
