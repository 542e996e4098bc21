package retain;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import retain.cli.Cli;
import retain.cli.Consoles;
import retain.cli.Environment;
import retain.cli.ExitCodes;
import retain.repl.Repl;
import retain.repl.TerminalConsoles;

/**
 * Entry point: the only class that touches the standard streams or exits the JVM. Without a command
 * (no arguments, or only options such as {@code --data DIR}) it opens the REPL; with one it runs
 * it.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    var environment = Environment.system(System.in, System.console() != null);
    keepSqliteCopiesInCache(environment);
    int exitCode;
    try {
      exitCode =
          args.length == 0
              ? Repl.run(environment, List.of(), out, err)
              : command(environment, args, out, err);
    } catch (OutOfMemoryError e) {
      // picocli hands only Exceptions to the handler; an Error must not end in a bare trace
      err.println("retain: out of memory; give Java more heap with JAVA_TOOL_OPTIONS=-Xmx1g");
      exitCode = ExitCodes.INTERNAL;
    }
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Without the launcher's cached copy, sqlite-jdbc copies its native library (1.1 MB) into the
   * temp folder on every run and deletes it at exit, so each killed run left one in /tmp (issue
   * 15): such copies go to retain's own cache folder instead, where the launcher keeps its copy.
   */
  private static void keepSqliteCopiesInCache(Environment environment) {
    if (System.getProperty("org.sqlite.lib.path") != null
        || System.getProperty("org.sqlite.tmpdir") != null) {
      return;
    }
    // as the launcher finds its cache; a relative XDG path is invalid (XDG base directory spec)
    Path folder =
        environment
            .variable("XDG_CACHE_HOME")
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElse(
                Path.of(environment.variable("HOME").orElse(System.getProperty("user.home")))
                    .resolve(".cache"))
            .resolve("retain")
            .resolve("sqlite");
    // created by the store only when it opens SQLite, so other commands leave no folder behind
    System.setProperty("org.sqlite.tmpdir", folder.toString());
  }

  /** Runs the command {@code args} name, or the REPL when they are only options. */
  private static int command(
      Environment environment, String[] args, PrintWriter out, PrintWriter err) {
    // a piped run must not load retain.repl or JLine classes: they are named only on the branches
    // taken at a terminal or for the REPL, and the decision is made in cli
    Consoles consoles =
        environment.interactive() ? TerminalConsoles.ofProcess() : Consoles.plain(environment);
    // the tree that reads the options runs the command too: building it is most of picocli's cost
    CommandLine tree = Cli.create(environment, out, err, consoles);
    return Cli.opensRepl(tree, args)
        ? Repl.run(environment, List.of(args), out, err)
        : tree.execute(args);
  }
}
