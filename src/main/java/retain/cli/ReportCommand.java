package retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import retain.analysis.ClassReport;
import retain.analysis.ClassTally;
import retain.analysis.ExamSheets;
import retain.analysis.Roster;
import retain.catalog.DeckSource;
import retain.cli.FormatOption.Format;
import retain.report.ClassCsv;
import retain.report.ClassHtml;
import retain.report.ClassJson;
import retain.report.ClassText;

/** {@code retain report}: item analysis of a class's exam JSON reports (docs/report.md). */
@Command(
    name = "report",
    header = "Class results: item analysis of many students' exam JSON reports.",
    description =
        "Reads the reports of retain exam --format json (folders recursively) and says which"
            + " items were too easy, too hard or misleading, and who needs help on what.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain report results/",
      "  retain report results/ --format html -o class.html",
      "  retain report alice.json bob.json --strict --format csv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:reported",
      "2:a file was skipped (named on stderr), mixed decks with --strict, or bad usage"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.CSV, Format.JSON, Format.HTML);

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Exam JSON reports.")
  List<Path> inputs;

  @Option(names = "--strict", description = "Refuse reports of different decks or versions.")
  boolean strict;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = files();
    Roster roster = new Roster();
    int skipped = 0;
    for (Path file : files) {
      String text = text(file);
      if (read(file, ExamSheets.head(file.toString(), text)) instanceof ExamSheets.Sheet head) {
        roster.add(
            roster.needsItems(head.sheet())
                ? ((ExamSheets.Sheet) ExamSheets.read(file.toString(), text)).sheet()
                : head.sheet());
      } else {
        skipped++;
      }
    }
    roster.notes().forEach(note -> err.println("note: " + note));
    if (strict && roster.mixed()) {
      err.println("error: --strict: the reports are not all of one deck version");
      return ExitCodes.BAD_INPUT;
    }
    if (roster.counted().isEmpty()) {
      throw new BadInputException("no readable exam reports among " + inputs);
    }
    ClassTally tally = new ClassTally(roster.commonItems());
    Set<String> counted = roster.counted();
    for (Path file : files) {
      if (counted.contains(file.toString())) {
        if (read(file, ExamSheets.read(file.toString(), text(file)))
            instanceof ExamSheets.Sheet read) {
          tally.add(read.sheet());
        } else {
          skipped++;
        }
      }
    }
    output.write(render(chosen, tally.report(roster.notes())), spec.commandLine().getOut());
    if (skipped > 0) {
      err.println("error: " + skipped + " file(s) skipped; the report leaves them out");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.OK;
  }

  /** Says on stderr why a file is skipped, when it is. */
  private ExamSheets.Read read(Path file, ExamSheets.Read read) {
    if (read instanceof ExamSheets.Refused refused) {
      spec.commandLine().getErr().println(refused.problem().render());
    }
    return read;
  }

  private static String render(Format format, ClassReport report) {
    return switch (format) {
      case CSV -> ClassCsv.render(report);
      case JSON -> ClassJson.render(report) + "\n";
      case HTML -> ClassHtml.render(report);
      default -> ClassText.render(report, 80);
    };
  }

  /** The files given, and the .json files under the folders given, each folder's in name order. */
  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(path -> path.toString().endsWith(".json") && Files.isRegularFile(path))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new BadInputException("cannot read " + input + ": " + DeckSource.reason(e), e);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  private static String text(Path file) {
    return Output.read(file);
  }
}
