package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow of docs/architecture.md, checked on the sources as an allow-list: a package may
 * use only the packages named here, so a new arrow is a decision someone writes down, not an
 * accident an import brings in.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/retain");

  /**
   * Every arrow of docs/architecture.md: package → the packages it may use. {@code yaml} and {@code
   * text} are the leaves every reader and writer shares; the pure core ({@code deck}, {@code
   * grade}, {@code schedule}) uses only leaves and itself; {@code cli} assembles everything; {@code
   * repl} and {@code Main} sit on top.
   */
  private static final Map<String, Set<String>> ARROWS =
      Map.ofEntries(
          Map.entry("retain", Set.of("cli", "repl", "store")),
          Map.entry(
              "repl",
              Set.of(
                  "catalog",
                  "cli",
                  "config",
                  "deck",
                  "grade",
                  "readiness",
                  "schedule",
                  "session",
                  "stats",
                  "store")),
          Map.entry(
              "cli",
              Set.of(
                  "analysis",
                  "author",
                  "catalog",
                  "config",
                  "deck",
                  "exam",
                  "exchange",
                  "grade",
                  "paper",
                  "readiness",
                  "report",
                  "schedule",
                  "session",
                  "stats",
                  "store",
                  "text",
                  "yaml")),
          Map.entry(
              "report",
              Set.of(
                  "analysis",
                  "deck",
                  "exam",
                  "grade",
                  "schedule",
                  "session",
                  "store",
                  "text",
                  "yaml")),
          Map.entry("stats", Set.of("deck", "grade", "readiness", "schedule", "store", "text")),
          Map.entry("paper", Set.of("deck", "exam", "grade", "text")),
          Map.entry("exam", Set.of("deck", "grade", "store", "yaml")),
          Map.entry("exchange", Set.of("deck", "grade", "schedule", "text", "yaml")),
          Map.entry("session", Set.of("deck", "grade", "schedule", "store")),
          Map.entry("author", Set.of("deck", "text")),
          Map.entry("readiness", Set.of("deck", "grade", "schedule", "text")),
          Map.entry("catalog", Set.of("deck", "yaml")),
          Map.entry("config", Set.of("schedule", "yaml")),
          Map.entry("analysis", Set.of()),
          Map.entry("store", Set.of("schedule")),
          Map.entry("grade", Set.of("deck", "schedule", "text")),
          Map.entry("deck", Set.of("yaml")),
          Map.entry("schedule", Set.of()),
          Map.entry("yaml", Set.of("text")),
          Map.entry("text", Set.of()));

  /** Libraries and JDK corners that belong to some layers only. */
  private static final Map<String, Set<String>> CONFINED =
      Map.of(
          "org.snakeyaml", Set.of("yaml"),
          "org.yaml", Set.of("yaml"),
          "org.jline", Set.of("repl"),
          "java.sql", Set.of("store"),
          "org.sqlite", Set.of("store"),
          "picocli", Set.of("retain", "cli", "repl"),
          // files are read and written at the edges; the rest turns text into text
          "java.nio.file", Set.of("retain", "cli", "repl", "catalog", "store"),
          "java.io.File", Set.of("retain", "cli", "repl", "catalog", "store"));

  private static final Pattern USE = Pattern.compile("\\bretain\\.([a-z]+)\\.[A-Za-z]");
  private static final Pattern STREAMS = Pattern.compile("\\bSystem\\.(out|err|exit)\\b");

  @Test
  void everyPackageUsesOnlyItsArrows() {
    assertThat(violations()).isEmpty();
  }

  /** The two lines a review once added to deck/Ids.java unnoticed, and a qualified name. */
  @Test
  void theCheckSeesPlainAndStaticImportsAndQualifiedNames() {
    String source =
        """
        package retain.deck;
        import retain.yaml.YamlValue;
        import retain.stats.Look;
        import static retain.store.Store.exists;
        class Ids { retain.session.Session session; }
        """;
    assertThat(usesOf("deck", source).stream().filter(use -> !allowed(use)))
        .containsExactlyInAnyOrder("deck -> stats", "deck -> store", "deck -> session");
  }

  @Test
  void librariesStayInTheirLayer() {
    assertThat(sources().flatMap(ArchitectureTest::misplacedLibraries)).isEmpty();
  }

  @Test
  void onlyMainTouchesTheProcessStreamsAndExit() {
    assertThat(
            sources()
                .filter(source -> !source.endsWith("Main.java"))
                .filter(source -> code(read(source)).anyMatch(line -> STREAMS.matcher(line).find()))
                .map(Path::toString))
        .isEmpty();
  }

  @Test
  void everyPackageSaysWhatItIsFor() {
    assertThat(packages().filter(name -> !name.equals("retain")))
        .allSatisfy(name -> assertThat(MAIN.resolve(name).resolve("package-info.java")).exists());
  }

  @Test
  void everyPackageHasItsArrowsWrittenDown() {
    assertThat(packages().collect(Collectors.toSet())).isEqualTo(ARROWS.keySet());
  }

  private static Set<String> violations() {
    return sources()
        .flatMap(
            source ->
                usesOf(packageOf(source), read(source)).stream()
                    .map(use -> use + " (" + MAIN.relativize(source) + ")"))
        .filter(use -> !allowed(use))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean allowed(String use) {
    String[] arrow = use.split(" ");
    return ARROWS.getOrDefault(arrow[0], Set.of()).contains(arrow[2]);
  }

  /** The packages a source uses, as "from -> to", read from imports and qualified names. */
  static Set<String> usesOf(String from, String source) {
    return code(source)
        .filter(line -> !line.startsWith("package "))
        .flatMap(line -> USE.matcher(line).results().map(match -> match.group(1)))
        .filter(to -> !to.equals(from))
        .map(to -> from + " -> " + to)
        .collect(Collectors.toSet());
  }

  private static Stream<String> misplacedLibraries(Path source) {
    String from = packageOf(source);
    return code(read(source))
        .filter(line -> line.startsWith("import "))
        .flatMap(
            line ->
                CONFINED.entrySet().stream()
                    .filter(entry -> importsFrom(line, entry.getKey()))
                    .filter(entry -> !entry.getValue().contains(from))
                    .map(entry -> MAIN.relativize(source) + " imports " + entry.getKey()))
        .distinct();
  }

  private static boolean importsFrom(String line, String library) {
    return line.startsWith("import " + library) || line.startsWith("import static " + library);
  }

  /** Lines of code, without comments, so a Javadoc link is no arrow. */
  private static Stream<String> code(String source) {
    return source
        .lines()
        .map(String::strip)
        .filter(line -> !line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//"));
  }

  private static String packageOf(Path source) {
    Path relative = MAIN.relativize(source);
    return relative.getNameCount() == 1 ? "retain" : relative.getName(0).toString();
  }

  private static Stream<String> packages() {
    return Stream.concat(
        Stream.of("retain"),
        list(MAIN).filter(Files::isDirectory).map(path -> path.getFileName().toString()));
  }

  private static Stream<Path> sources() {
    try {
      return Files.walk(MAIN).filter(path -> path.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
