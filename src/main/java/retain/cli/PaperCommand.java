package retain.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
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
import retain.exam.Paper;
import retain.exam.PaperId;
import retain.paper.AnswersTemplate;
import retain.paper.PaperHtml;
import retain.paper.PaperMarkdown;
import retain.paper.PaperText;

/** {@code retain paper}: an exam paper to hand out, and the answers file to fill in. */
@Command(
    name = "paper",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain paper belarus-russia-2022 --student Jane --count 20 --format html",
      "  retain paper belarus-russia-2022 --seed 7 --answers-template answers.yaml"
    },
    header = "Print an exam paper (questions, no answers) and its answers template.",
    description =
        "Lists are shuffled by --seed, or per student with --student; retain exam grades the"
            + " letters against the same paper.")
final class PaperCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Mixin
  FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.ANSWERS);

  @Parameters(paramLabel = "DECK", description = "Deck id or file.")
  String deck;

  @Option(
      names = "--student",
      paramLabel = "NAME",
      description = "A paper of the student's own: its shuffle, and its sample with --count.")
  String student;

  @Option(names = "--count", paramLabel = "N", description = "A sample of N items.")
  Integer count;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only these topics (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--answers-template",
      paramLabel = "FILE",
      description = "Also write the answers file to fill in for this paper.")
  Path template;

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
    }
    Deck loaded = root.catalog().require(deck);
    Topics.check(loaded, topics);
    PaperId id = new PaperId(root.global().seed(), Optional.ofNullable(student));
    Paper paper = Paper.of(loaded, id, Set.copyOf(topics), Optional.ofNullable(count));
    if (template != null) {
      write(template, AnswersTemplate.render(paper));
    }
    spec.commandLine().getOut().print(render(chosen, paper));
    return ExitCodes.OK;
  }

  private static String render(Format format, Paper paper) {
    return switch (format) {
      case MARKDOWN -> PaperMarkdown.render(paper);
      case HTML -> PaperHtml.render(paper);
      case ANSWERS -> AnswersTemplate.render(paper);
      default -> PaperText.render(paper);
    };
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot write answers template " + file + ": " + retain.catalog.DeckSource.reason(e), e);
    }
  }
}
