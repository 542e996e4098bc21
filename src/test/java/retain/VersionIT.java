package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged jar knows its release: bug reports need it. */
class VersionIT {

  @Test
  void theJarPrintsTheVersionMavenBuiltIt() throws Exception {
    var result = new JarRunner(Path.of("."), Map.of()).run("", "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("retain \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }
}
