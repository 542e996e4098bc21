package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.stats.SeededHistory;

class DecksCommandTest {

  @TempDir Path data;
  @TempDir Path folder;

  /** Laid out for 80 columns unless COLUMNS says otherwise: the title gives way. */
  @Test
  void listsEveryDeckWithCountsAndOriginAndFlagsBrokenOnes() throws IOException {
    Files.copy(SeededHistory.DECK, folder.resolve("every-type.yaml"));
    Files.writeString(folder.resolve("broken.yaml"), "id: broken\ntitel: x\n");
    SeededHistory.write(data);

    var result = new CliRunner(data).run("--decks", folder.toString(), "decks");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    String from = folder.toString();
    String broken = folder.resolve("broken.yaml").toString();
    assertThat(result.out())
        .isEqualTo(
            ("""
            ID                   TITLE                           ITEMS  NEW  DUE  FROM
            every-type           One card of every type             14    8    3  FOLDER
            belarus-russia-2022  Belarus and Russia: the Decem…     86   86    0  decks
            belarus-russia-2022  Belarus and Russia: the Decem…     86   86    0  bundled (hidden by the one above)
            broken.yaml (has errors: run retain lint BROKEN)
            """)
                .replace("BROKEN", broken)
                .replace("FOLDER", from));
  }
}
