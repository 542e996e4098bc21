package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./retain launcher as users notice it (issue 8): the output is the program's alone, the cache
 * appears after a first run, is used by the next, follows the jar, and RETAIN_CDS=off keeps it
 * away. No timing is asserted; waits only bound how long the background warm-up may take.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("retain").toAbsolutePath();
  private static final Duration WARM_UP = Duration.ofMinutes(2);

  @TempDir Path home;

  private record Run(int exitCode, String out, String err) {}

  private Path cache() {
    return home.resolve("cache/retain");
  }

  private Run launch(Map<String, String> variables, String... args) throws Exception {
    return launch(LAUNCHER, variables, args);
  }

  private Run launch(Path launcher, Map<String, String> variables, String... args)
      throws Exception {
    var command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).directory(home.toFile());
    var environment = builder.environment();
    // what a user's own settings would add to the output or the JVM is kept out
    List.of("JAVA_TOOL_OPTIONS", "RETAIN_JAVA_OPTS", "RETAIN_CDS", "RETAIN_DATA")
        .forEach(environment::remove);
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    environment.put("XDG_DATA_HOME", home.resolve("data").toString());
    environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    environment.putAll(variables);
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("./retain " + String.join(" ", args) + " did not finish in 60 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run launch(String... args) throws Exception {
    return launch(Map.of(), args);
  }

  private static String expectedVersion() throws Exception {
    var direct = new JarRunner(Path.of("."), Map.of()).run("", "--version");
    assertThat(direct.exitCode()).isZero();
    return direct.out();
  }

  /** The archive of the jar as it is now, once the background warm-up has written it. */
  private Path awaitArchive(Optional<Path> not) throws Exception {
    Instant deadline = Instant.now().plus(WARM_UP);
    while (Instant.now().isBefore(deadline)) {
      Optional<Path> archive =
          folders().stream()
              .filter(folder -> not.map(old -> !folder.equals(old)).orElse(true))
              .map(folder -> folder.resolve("retain.jsa"))
              .filter(Files::isRegularFile)
              .findFirst();
      if (archive.isPresent() && lockless()) {
        return archive.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no class-data archive in " + cache() + " after " + WARM_UP);
  }

  private List<Path> folders() throws IOException {
    if (!Files.isDirectory(cache())) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(cache())) {
      return entries
          .filter(Files::isDirectory)
          .filter(f -> !f.toString().endsWith(".lock"))
          .toList();
    }
  }

  private boolean lockless() throws IOException {
    try (Stream<Path> entries = Files.list(cache())) {
      return entries.noneMatch(entry -> entry.toString().endsWith(".lock"));
    }
  }

  @Test
  void printsExactlyTheVersionBeforeAndAfterTheCacheExistsAndThenUsesIt() throws Exception {
    String version = expectedVersion();

    Run first = launch("--version");
    Path archive = awaitArchive(Optional.empty());
    Run second = launch("--version");
    // with -Xshare:on the JVM refuses to start unless it can map the archive the launcher names
    Run strict = launch(Map.of("RETAIN_JAVA_OPTS", "-Xshare:on"), "--version");

    for (Run run : List.of(first, second, strict)) {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(version);
      assertThat(run.err()).isEmpty();
    }
    assertThat(archive.getParent().resolve("native")).isDirectoryContaining("glob:**sqlitejdbc*");
  }

  @Test
  void aRebuiltJarGetsAFreshArchiveAndTheOldOneGoes() throws Exception {
    launch("--version");
    Path old = awaitArchive(Optional.empty()).getParent();
    Path jar = JarRunner.jar();
    FileTime built = Files.getLastModifiedTime(jar);
    try {
      Files.setLastModifiedTime(jar, FileTime.from(built.toInstant().plusSeconds(2)));

      Run run = launch("lint", "belarus-russia-2022");
      Path fresh = awaitArchive(Optional.of(old)).getParent();

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(fresh).isNotEqualTo(old);
      assertThat(old).doesNotExist();
    } finally {
      Files.setLastModifiedTime(jar, built);
    }
  }

  @Test
  void cdsOffLeavesNoCache() throws Exception {
    Run run = launch(Map.of("RETAIN_CDS", "off"), "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(expectedVersion());
    assertThat(run.err()).isEmpty();
    // the launcher claims the cache folder before it starts Java, so it would exist by now
    assertThat(home.resolve("cache")).doesNotExist();
  }

  @Test
  void runsThroughASymlinkFromAnotherFolder() throws Exception {
    // what the README's install line makes, and a relative link to that link
    Path bin = Files.createDirectories(home.resolve(".local/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("retain"), LAUNCHER);
    Path other = Files.createDirectories(home.resolve("elsewhere"));
    Path chained = Files.createSymbolicLink(other.resolve("r"), Path.of("../.local/bin/retain"));

    for (Path launcher : List.of(link, chained)) {
      Run run = launch(launcher, Map.of("RETAIN_CDS", "off"), "--version");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(expectedVersion());
      assertThat(run.err()).isEmpty();
    }
  }
}
