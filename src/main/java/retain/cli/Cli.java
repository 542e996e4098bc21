package retain.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import retain.catalog.DeckException;
import retain.store.StoreException;

/**
 * Builds the command tree with its error handling, so that {@code Main}, the REPL and the tests run
 * exactly the same program.
 */
public final class Cli {

  /** The width help is laid out for from 80 columns on, as picocli does by default. */
  private static final int HELP_WIDTH = 80;

  /** The narrowest help picocli lays out. */
  private static final int NARROWEST_HELP = 55;

  private Cli() {}

  /** The root command line, writing to the given streams; sessions use plain consoles. */
  public static CommandLine create(Environment environment, PrintWriter out, PrintWriter err) {
    return create(environment, out, err, Consoles.plain(environment));
  }

  /** The root command line, writing to the given streams, with sessions on {@code consoles}. */
  public static CommandLine create(
      Environment environment, PrintWriter out, PrintWriter err, Consoles consoles) {
    RetainCommand root = new RetainCommand(environment, consoles);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(root));
    commandLine.setParameterExceptionHandler(Cli::usageError);
    finish(commandLine);
    commandLine.setUsageHelpWidth(helpWidth(environment.columns()));
    return commandLine;
  }

  /**
   * Help for a terminal {@code columns} wide: picocli's 80 from 80 columns on; narrower, one column
   * less than the terminal, as picocli may fill every column it is given.
   */
  private static int helpWidth(int columns) {
    return columns >= HELP_WIDTH ? HELP_WIDTH : Math.max(NARROWEST_HELP, columns - 1);
  }

  /**
   * Whether {@code args}, read by {@code tree}, open the REPL: they are only options that every
   * line then inherits, such as {@code --data DIR} or {@code --no-color}. A command, help, the
   * version or a mistake is for the command line to run or report. Decided here, not in the REPL,
   * so a piped command never loads a REPL or JLine class.
   */
  public static boolean opensRepl(CommandLine tree, String[] args) {
    try {
      ParseResult parsed = tree.parseArgs(args);
      return !parsed.hasSubcommand()
          && !parsed.isUsageHelpRequested()
          && !parsed.isVersionHelpRequested();
    } catch (ParameterException mistake) {
      return false;
    }
  }

  /**
   * Gives {@code command} and every command under it -h/--help and its own --format values, so a
   * command added to the tree gets both by construction.
   */
  private static void finish(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    if (spec.findOption("--help") == null) {
      spec.addOption(
          OptionSpec.builder("-h", "--help")
              .usageHelp(true)
              .description("Show this help and exit.")
              .build());
    }
    FormatOption.narrow(spec);
    command.getSubcommands().values().forEach(Cli::finish);
  }

  /**
   * A mistake on the command line: what is wrong and where the help is, not the whole usage, which
   * would push the message off the screen.
   */
  private static int usageError(ParameterException mistake, String[] args) {
    CommandLine command = mistake.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("retain: " + mistake.getMessage());
    UnmatchedArgumentException.printSuggestions(mistake, err);
    err.println("try '" + command.getCommandSpec().qualifiedName() + " --help'");
    return ExitCodes.BAD_INPUT;
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
