package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Design §5: every review is committed before its feedback is printed, so a process killed without
 * warning loses nothing that was shown as graded.
 */
class KillIT {

  private static final List<String> ANSWERS =
      List.of("19 December 2022", "3 December 2022", "1997", "no idea", "21 December 2022");

  @TempDir Path data;

  @Test
  void everyAnswerShownAsGradedSurvivesSigkill() throws Exception {
    var runner = new JarRunner(data, Map.of());
    var study =
        LiveProcess.start(
            runner, "--data", data.toString(), "--seed", "1", "study", "belarus-russia-2022");
    List<String> graded = new ArrayList<>();
    for (String answer : ANSWERS) {
      study.await(line -> line.startsWith("("));
      study.send(answer);
      study.await(line -> line.startsWith("rated "));
      graded.add(answer);
    }
    study.send("2022");
    study.kill();

    List<String> saved =
        ReviewRows.read(data.resolve("retain.db")).stream().map(ReviewRows.Row::response).toList();
    assertThat(saved).startsWith(graded.toArray(String[]::new));
    assertThat(saved.size()).isBetween(graded.size(), graded.size() + 1);
  }

  @Test
  void aStoreLeftByAKilledProcessOpensAndKeepsGrowing() throws Exception {
    var runner = new JarRunner(data, Map.of());
    var study =
        LiveProcess.start(runner, "--data", data.toString(), "study", "belarus-russia-2022");
    study.send("19 December 2022");
    study.await(line -> line.startsWith("rated "));
    study.kill();

    var again = runner.run("1997\n", "--data", data.toString(), "study", "belarus-russia-2022");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(ReviewRows.read(data.resolve("retain.db"))).hasSize(2);
  }

  @Test
  void aKilledRunLeavesItsCopyOfSqliteInRetainsCacheNotInTheTempFolder() throws Exception {
    Path temp = Files.createDirectories(data.resolve("tmp"));
    Path cache = data.resolve("cache");
    var runner =
        new JarRunner(
            data,
            Map.of(
                "XDG_CACHE_HOME",
                cache.toString(),
                "JAVA_TOOL_OPTIONS",
                "-Djava.io.tmpdir=" + temp));
    var study =
        LiveProcess.start(runner, "--data", data.toString(), "study", "belarus-russia-2022");
    study.send("19 December 2022");
    study.await(line -> line.startsWith("rated "));
    study.kill();

    try (var left = Files.list(temp)) {
      assertThat(left.map(Path::getFileName).map(Path::toString))
          .noneMatch(name -> name.startsWith("sqlite-"));
    }
    try (var kept = Files.list(cache.resolve("retain/sqlite"))) {
      assertThat(kept.map(Path::getFileName).map(Path::toString))
          .anyMatch(name -> name.startsWith("sqlite-"));
    }
  }
}
