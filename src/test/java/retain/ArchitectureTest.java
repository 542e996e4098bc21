package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-way flow of docs/architecture.md, checked on the sources. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/retain");

  private static final List<String> FORBIDDEN_IN_CORE =
      List.of(
          "import retain.store",
          "import retain.session",
          "import retain.cli",
          "import retain.repl",
          "import java.sql",
          "import java.nio.file",
          "import java.io.File",
          "import picocli",
          "import org.jline",
          "import org.sqlite");

  @ParameterizedTest
  @ValueSource(strings = {"deck", "grade", "schedule", "author", "readiness", "analysis"})
  void coreDoesNoIoAndKnowsNoUpperLayer(String corePackage) {
    assertNoImport(corePackage, FORBIDDEN_IN_CORE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"grade", "schedule", "store", "session"})
  void onlyTheDeckPackageReadsYaml(String otherPackage) {
    assertNoImport(otherPackage, List.of("import org.yaml"));
  }

  /** JLine stays in the REPL: the CLI, pipes and scripts never load it. */
  @ParameterizedTest
  @MethodSource("belowTheRepl")
  void onlyTheReplKnowsJLine(String otherPackage) {
    assertNoImport(otherPackage, List.of("import org.jline"));
  }

  /** The REPL sits on top: it uses the command tree, and nothing below uses it back. */
  @ParameterizedTest
  @MethodSource("belowTheRepl")
  void nothingBelowUsesTheRepl(String otherPackage) {
    assertNoImport(otherPackage, List.of("import retain.repl"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "deck",
        "grade",
        "schedule",
        "store",
        "session",
        "cli",
        "repl",
        "author",
        "analysis"
      })
  void everyPackageSaysWhatItIsFor(String name) {
    assertThat(MAIN.resolve(name).resolve("package-info.java")).exists();
  }

  static Stream<String> belowTheRepl() {
    return Stream.of(
        "deck",
        "grade",
        "schedule",
        "store",
        "session",
        "cli",
        "catalog",
        "config",
        "exam",
        "exchange",
        "report",
        "readiness",
        "analysis",
        "stats",
        "author");
  }

  private static void assertNoImport(String name, List<String> forbidden) {
    sources(name)
        .forEach(
            source ->
                assertThat(lines(source))
                    .as(source.toString())
                    .noneMatch(line -> forbidden.stream().anyMatch(line::startsWith)));
  }

  private static Stream<Path> sources(String name) {
    try {
      return Files.walk(MAIN.resolve(name)).filter(path -> path.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path source) {
    try {
      return Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
