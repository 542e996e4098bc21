package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as users run it. */
class LintIT {

  @TempDir Path elsewhere;

  @Test
  void shippedDecksLintClean() throws Exception {
    var result = new JarRunner(Path.of("."), Map.of()).run("", "lint", "--strict", "decks");

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("0 errors, 0 warnings");
  }

  @Test
  void bundledDeckIsFoundByIdFromAnyDirectory() throws Exception {
    var runner = new JarRunner(elsewhere, Map.of("XDG_DATA_HOME", elsewhere.toString()));

    var result = runner.run("", "lint", "belarus-russia-2022");

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).startsWith("1 file, ");
  }

  @Test
  void brokenDeckFailsWithoutAStackTrace() throws Exception {
    var result =
        new JarRunner(Path.of("."), Map.of())
            .run("", "lint", "src/test/resources/decks/bad/020-billion-laughs.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("020-billion-laughs.yaml:3:11: error:");
    assertThat(result.out() + result.err()).doesNotContain("Exception");
  }
}
