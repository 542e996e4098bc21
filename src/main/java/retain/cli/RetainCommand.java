package retain.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import retain.catalog.DeckCatalog;

/** The root of the one command tree shared by the command line and the REPL. */
@Command(
    name = "retain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "A terminal quiz and spaced-repetition trainer.",
    description = {
      "Study YAML question decks with spaced repetition, practise, and grade exams.",
      "",
      "Without a command, retain opens its REPL: the same commands without",
      "'retain', Tab to complete, a prompt that says what is due, and quit,",
      "exit or Ctrl-D to leave."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:a check failed: lint found errors, an exam is below its pass mark",
      "2:bad usage or bad input: unknown option, unreadable or invalid deck",
      "70:a bug in retain: rerun with --verbose and report the output"
    },
    footerHeading = "%nDuring a question:%n",
    footer = {
      "  type the answer, or :hint (caps the rating at hard), :skip, :undo",
      "  (takes back the last answer) or :quit; Ctrl-C leaves too. Every",
      "  answer is saved as soon as it is graded.",
      "After the feedback:",
      "  Enter takes the proposed rating; 1 again, 2 hard, 3 good, 4 easy",
      "  (or the words) choose another; it decides when the card comes back.",
      "",
      "Examples:",
      "  retain study belarus-russia-2022",
      "  retain lint decks",
      "  retain help study"
    },
    subcommands = {
      StudyCommand.class,
      QuizCommand.class,
      ExamCommand.class,
      PaperCommand.class,
      ReportCommand.class,
      LintCommand.class,
      CoverageCommand.class,
      DraftCommand.class,
      StatsCommand.class,
      PlanCommand.class,
      HistoryCommand.class,
      OptimizeCommand.class,
      DecksCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      DoctorCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    })
public final class RetainCommand implements Callable<Integer> {

  private final Environment environment;
  private final Consoles consoles;

  @Mixin GlobalOptions global;

  @Spec CommandSpec spec;

  RetainCommand(Environment environment, Consoles consoles) {
    this.environment = environment;
    this.consoles = consoles;
  }

  /** What the process was given besides its arguments. */
  public Environment environment() {
    return environment;
  }

  /** Where sessions of this run talk to the student. */
  Consoles consoles() {
    return consoles;
  }

  /** The options shared by every command. */
  public GlobalOptions global() {
    return global;
  }

  /** Where decks are looked up, by the options and environment of this run. */
  public DeckCatalog catalog() {
    return global.catalog(environment);
  }

  /**
   * What {@code command} reads alike with every other command; config.yaml's warnings to its err.
   */
  RunContext context(CommandSpec command) {
    return new RunContext(environment, global, command.commandLine().getErr());
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
