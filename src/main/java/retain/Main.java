package retain;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import retain.cli.Cli;
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

  /** Runs the command {@code args} name, or the REPL when they are only options. */
  private static int command(
      Environment environment, String[] args, PrintWriter out, PrintWriter err) {
    // the tree that reads the options runs the command too: building it is most of picocli's cost
    CommandLine tree = Cli.create(environment, out, err, TerminalConsoles.choose(environment));
    return Repl.opensWith(tree, args)
        ? Repl.run(environment, List.of(args), out, err)
        : tree.execute(args);
  }
}
