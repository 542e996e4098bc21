package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design §5: two sessions can share one store; the busy timeout makes each wait its turn. */
class ConcurrentStudyIT {

  private static final int ANSWERS = 8;
  private static final int ROUNDS = 5;
  private static final String FIXTURE =
      Path.of("src/test/resources/decks/good/every-type.yaml").toAbsolutePath().toString();

  @TempDir Path data;

  @Test
  void twoSessionsOnAFreshStoreBothFinishAndLoseNoReview() throws Exception {
    var runner = new JarRunner(data, Map.of());
    // both start at once, so they also race to create the file and its schema
    var first =
        LiveProcess.start(runner, "--data", data.toString(), "study", "belarus-russia-2022");
    var second = LiveProcess.start(runner, "--data", data.toString(), "study", FIXTURE);

    for (int i = 0; i < ANSWERS; i++) {
      first.send("answer " + i);
      second.send("answer " + i);
      first.await(line -> line.startsWith("rated "));
      second.await(line -> line.startsWith("rated "));
    }

    assertThat(first.finish()).as(String.join("\n", first.err())).isZero();
    assertThat(second.finish()).as(String.join("\n", second.err())).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(second.err()).isEmpty();
    var rows = ReviewRows.read(data.resolve("retain.db"));
    assertThat(rows).hasSize(2 * ANSWERS);
    assertThat(rows).filteredOn(row -> row.deck().equals("belarus-russia-2022")).hasSize(ANSWERS);
    assertThat(rows).filteredOn(row -> row.deck().equals("every-type")).hasSize(ANSWERS);
  }

  @Test
  void eightFirstRunsAtOnceOnOneFreshFolderAllSucceed() throws Exception {
    var runner = new JarRunner(data, Map.of());
    for (int round = 0; round < ROUNDS; round++) {
      String folder = data.resolve("round-" + round).toString();
      List<Process> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Process run = runner.start("--data", folder, "study", "belarus-russia-2022");
        run.getOutputStream().close();
        runs.add(run);
      }
      for (Process run : runs) {
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        run.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(run.waitFor()).as("round %d: %s", round, err).isZero();
      }
    }
  }
}
