package retain.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.CardType;
import retain.deck.Deck;
import retain.session.Sessions;

/** {@code retain quiz}: a scored practice round over a sample of a deck. */
@Command(
    name = "quiz",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain quiz belarus-russia-2022",
      "  retain quiz belarus-russia-2022 --count 5 --types date,choice"
    },
    header = "A scored practice round over a sample of a deck (it updates the schedule).",
    description = "Answer each question; type :hint, :skip, :undo or :quit instead of an answer.")
final class QuizCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DECK", description = "Deck id or file.")
  String deck;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only these topics (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many items (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--types",
      paramLabel = "TYPE",
      split = ",",
      description = "Only these card types, such as date,choice.")
  List<String> types = new ArrayList<>();

  @Override
  public Integer call() {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
    }
    Set<CardType> kinds = EnumSet.noneOf(CardType.class);
    for (String type : types) {
      kinds.add(
          CardType.fromKey(type)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "unknown card type '"
                              + type
                              + "'; choose from: "
                              + String.join(", ", CardType.keys()))));
    }
    try (Studying studying = new Studying(root, spec)) {
      Deck loaded = root.catalog().require(deck);
      Topics.check(loaded, topics);
      studying.run(
          loaded,
          studying.settings().parameters(),
          (setup, console) -> Sessions.quiz(setup, Set.copyOf(topics), kinds, count, console));
    }
    return ExitCodes.OK;
  }
}
