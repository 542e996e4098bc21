package retain.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import retain.catalog.DeckException;
import retain.store.StoreException;

/**
 * Builds the command tree with its error handling, so that {@code Main}, the REPL and the tests run
 * exactly the same program.
 */
public final class Cli {

  private Cli() {}

  /** The root command line with every subcommand, writing to the given streams. */
  public static CommandLine create(Environment environment, PrintWriter out, PrintWriter err) {
    return create(environment, out, err, RetainCommand.SUBCOMMANDS);
  }

  /**
   * The command line to run {@code args} once, as {@code Main} does. When they start with a
   * subcommand's name, only that subcommand is built: building all of them is most of picocli's
   * share of the start (issue 8, docs/performance.md). Otherwise, as for help or a mistyped name,
   * all of them are.
   */
  public static CommandLine forRun(
      Environment environment, PrintWriter out, PrintWriter err, String... args) {
    List<Class<?>> named =
        RetainCommand.SUBCOMMANDS.stream()
            .filter(command -> args.length > 0 && args[0].equals(name(command)))
            .toList();
    return create(environment, out, err, named.isEmpty() ? RetainCommand.SUBCOMMANDS : named);
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  private static CommandLine create(
      Environment environment, PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    RetainCommand root = new RetainCommand(environment);
    CommandLine commandLine = new CommandLine(root);
    // added before the settings below, which apply to the subcommands present at the time
    subcommands.forEach(commandLine::addSubcommand);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(root));
    return commandLine;
  }

  /** Turns exceptions from commands into one line on stderr and an exit code. */
  private record ErrorHandler(RetainCommand root) implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parsed) {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof BadInputException
          || ex instanceof DeckException
          || ex instanceof StoreException) {
        err.println("retain: " + ex.getMessage());
        showTrace(ex, err);
        return ExitCodes.BAD_INPUT;
      }
      err.println("retain: internal error: " + ex);
      if (root.global().verbose()) {
        showTrace(ex, err);
      } else {
        err.println("This is a bug in retain. Please rerun with --verbose and report the output.");
      }
      return ExitCodes.INTERNAL;
    }

    private void showTrace(Exception ex, PrintWriter err) {
      if (root.global().verbose()) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        err.print(trace);
      }
    }
  }
}
