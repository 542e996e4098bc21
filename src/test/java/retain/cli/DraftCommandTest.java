package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandTest {

  @TempDir Path data;
  @TempDir Path folder;

  @Test
  void writesADeckThatLintsCleanAndCoversItsOwnSource() throws IOException {
    Path source =
        Files.copy(Path.of("src/test/resources/author/orchard.txt"), folder.resolve("orchard.txt"));
    Path deck = folder.resolve("decks/orchard-draft.yaml");
    Files.createDirectories(deck.getParent());
    CliRunner retain = new CliRunner(data);

    var drafted = retain.run("draft", source.toString(), "-o", deck.toString());
    var lint = retain.run("lint", deck.toString());
    var coverage = retain.run("coverage", deck.toString());

    assertThat(drafted.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(deck))
        .startsWith("# Drafted by retain draft from ../orchard.txt")
        .contains("id: orchard\n")
        .contains("  path: \"../orchard.txt\"\n")
        .contains("  # line 2: On 4 March 2019, the farmers of Vell Valley founded")
        .contains("  # draft: check wording\n  - id: draft-1\n    type: date\n");
    assertThat(lint.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(lint.out()).endsWith("0 errors, 0 warnings\n");
    assertThat(coverage.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void aMissingSourceIsOneLine() {
    var result = new CliRunner(data).run("draft", folder.resolve("none.txt").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).endsWith("none.txt: no such file\n").hasLineCount(1);
  }
}
