package retain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.cli.FormatOption.Format;
import retain.deck.Deck;
import retain.exam.AnswersFile;
import retain.exam.AnswersReader;
import retain.exam.Exam;
import retain.exam.ExamRecord;
import retain.exam.ExamResult;
import retain.exam.Paper;
import retain.exam.PaperId;
import retain.report.JsonExamReport;
import retain.report.JunitExamReport;
import retain.report.TapExamReport;
import retain.report.TextExamReport;
import retain.yaml.Problem;

/** {@code retain exam}: grades a file of prepared answers for coursework scripts. */
@Command(
    name = "exam",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain exam belarus-russia-2022 --answers answers.yaml",
      "  retain exam belarus-russia-2022 --answers answers.yaml --format tap --pass 80"
    },
    header = "Grade a file of prepared answers (for scripts: JSON, JUnit XML or TAP).",
    description = "Grades every item of DECK in scope; unanswered items score 0.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:passed, or no --pass given",
      "1:below the pass mark, or nothing answered",
      "2:invalid deck or answers file, or bad usage"
    })
final class ExamCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON, Format.JUNIT, Format.TAP);

  @Parameters(paramLabel = "DECK", description = "Deck id or file.")
  String deck;

  @Option(
      names = "--answers",
      required = true,
      paramLabel = "FILE",
      description = "The answers file (YAML).")
  Path answers;

  @Option(names = "--pass", paramLabel = "PERCENT", description = "Pass mark in percent (0-100).")
  Double pass;

  @Option(names = "--no-record", description = "Do not keep the exam in the progress store.")
  boolean noRecord;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only these topics (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "The papers held N items each (as printed with retain paper --count N).")
  Integer count;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    if (pass != null && !(pass >= 0 && pass <= 100)) {
      throw new ParameterException(
          spec.commandLine(), "--pass takes a percentage from 0 to 100, got " + pass);
    }
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
    }
    if (noRecord) {
      return grade(chosen, Optional.empty());
    }
    // opened while the deck and the answers are read (issue 8)
    try (StoreAhead stores = new StoreAhead(root.global().dataDirectory(root.environment()))) {
      return grade(chosen, Optional.of(stores));
    }
  }

  private int grade(Format chosen, Optional<StoreAhead> stores) {
    Deck loaded = root.catalog().require(deck);
    Topics.check(loaded, topics);
    Function<PaperId, Paper> papers =
        id -> Paper.of(loaded, id, Set.copyOf(topics), Optional.ofNullable(count));
    var read = AnswersReader.read(answers.toString(), bytes(), loaded, papers);
    read.problems().forEach(problem -> spec.commandLine().getErr().println(problem.render()));
    if (read.problems().stream().anyMatch(Problem::isError)) {
      return ExitCodes.BAD_INPUT;
    }
    AnswersFile given = read.value().orElseThrow();
    Paper paper = Paper.of(loaded, given.paper(), Set.copyOf(topics), Optional.ofNullable(count));
    ExamResult result = Exam.grade(paper, given, Optional.ofNullable(pass));
    stores.ifPresent(
        opened -> {
          Renames.follow(opened.get(), loaded, spec.commandLine().getErr());
          ExamRecord.save(opened.get(), result, root.context(spec).clock().instant());
        });
    spec.commandLine().getOut().print(render(chosen, result));
    // an untouched answers template is a check that failed, not bad input (issue 13)
    boolean passed = result.answered() > 0 && result.passed().orElse(true);
    return passed ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  private static String render(Format format, ExamResult result) {
    return switch (format) {
      case JSON -> JsonExamReport.render(result) + "\n";
      case JUNIT -> JunitExamReport.render(result);
      case TAP -> TapExamReport.render(result);
      default -> TextExamReport.render(result);
    };
  }

  private byte[] bytes() {
    try {
      return Files.readAllBytes(answers);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read answers file " + answers + ": " + retain.catalog.DeckSource.reason(e), e);
    }
  }
}
