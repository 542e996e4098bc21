package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, "done when": from any working directory, piped answers into {@code retain study} are all
 * recorded in a store created owner-only where the XDG rules say.
 */
class StoreFilesIT {

  private static final String ANSWERS =
      "19 December 2022\n3 December 2022\n1997\nno idea\n21 December 2022\n";

  @TempDir Path temp;

  @Test
  void aFreshStoreIsCreatedOwnerOnlyRecordsEveryPipedAnswerAndReopens() throws Exception {
    Path workingDirectory = Files.createDirectory(temp.resolve("work"));
    Path xdg = temp.resolve("xdg");
    var runner = new JarRunner(workingDirectory, Map.of("XDG_DATA_HOME", xdg.toString()));

    var result = runner.run(ANSWERS, "study", "belarus-russia-2022");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path data = xdg.resolve("retain");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("retain.db"))))
        .isEqualTo("rw-------");
    assertThat(ReviewRows.read(data.resolve("retain.db")))
        .extracting(ReviewRows.Row::response)
        .containsExactly(ANSWERS.split("\n"));
    try (var inWorkingDirectory = Files.list(workingDirectory)) {
      assertThat(inWorkingDirectory).isEmpty();
    }

    var reopened = runner.run("1997\n", "study", "belarus-russia-2022");

    assertThat(reopened.exitCode()).as(reopened.err()).isZero();
    var rows = ReviewRows.read(data.resolve("retain.db"));
    assertThat(rows).hasSize(6);
    assertThat(rows).extracting(ReviewRows.Row::session).containsExactly(1L, 1L, 1L, 1L, 1L, 2L);
  }
}
