package retain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import retain.cli.Cli;
import retain.cli.Environment;
import retain.repl.Repl;
import retain.store.NativeLibrary;

/**
 * The launcher's background run after a first start (issue 8): copies SQLite's native library into
 * the cache, then runs the common commands once on the bundled deck in a throwaway data directory,
 * and types a few lines into the REPL on a scripted terminal, so that the class-data archive dumped
 * from the classes it loaded holds what they load. It writes nothing to the standard streams and
 * never touches the user's data or config.
 */
public final class Warmup {

  private static final String DECK = "belarus-russia-2022";

  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("study", DECK, "--limit", "2"),
          List.of("quiz", DECK, "--count", "1"),
          List.of("lint", DECK),
          List.of("exam", DECK, "--answers", "answers.yaml", "--format", "json"),
          List.of("stats", DECK),
          List.of("--help"));

  /** A command completed with Tab, a study session answered and rated, then quit. */
  private static final String REPL_SCRIPT =
      "stu\t " + DECK + " --limit 1\r19 December 2022\r\rquit\r";

  // closing the rehearsal's pseudo-terminal makes JLine log a harmless I/O error; held in a field
  // because java.util.logging forgets the level of a logger nobody references
  private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

  private Warmup() {}

  /** {@code args[0]}: the directory for the native library. */
  public static void main(String[] args) throws IOException {
    JLINE_LOG.setLevel(Level.OFF);
    NativeLibrary.extractTo(Path.of(args[0]))
        .ifPresent(
            library -> {
              System.setProperty("org.sqlite.lib.path", library.getParent().toString());
              System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
            });
    Path scratch = Files.createTempDirectory("retain-warmup");
    try {
      Files.writeString(
          scratch.resolve("answers.yaml"),
          "deck: " + DECK + "\nanswers:\n  minsk-visit: 19 December 2022\n");
      var variables =
          Map.of(
              "HOME", scratch.toString(),
              "RETAIN_DATA", scratch.resolve("data").toString(),
              "XDG_CONFIG_HOME", scratch.resolve("config").toString());
      var discard = new PrintWriter(Writer.nullWriter());
      for (List<String> command : COMMANDS) {
        var answers =
            new ByteArrayInputStream("x\n19 December 2022\n".getBytes(StandardCharsets.UTF_8));
        var environment = new Environment(variables, answers, false, Clock.systemDefaultZone());
        Cli.create(environment, discard, discard).execute(resolve(command, scratch));
      }
      Repl.rehearse(
          new Environment(
              variables, InputStream.nullInputStream(), true, Clock.systemDefaultZone()),
          new ByteArrayInputStream(REPL_SCRIPT.getBytes(StandardCharsets.UTF_8)));
    } finally {
      delete(scratch);
    }
  }

  private static String[] resolve(List<String> command, Path scratch) {
    return command.stream()
        .map(arg -> arg.endsWith(".yaml") ? scratch.resolve(arg).toString() : arg)
        .toArray(String[]::new);
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
