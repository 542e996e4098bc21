package retain.repl;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import retain.catalog.DeckCatalog;
import retain.catalog.DeckException;
import retain.cli.Cli;
import retain.cli.Environment;
import retain.deck.Deck;

/**
 * Tab at the REPL prompt: command names, their options and option values from the picocli model,
 * deck ids from the deck catalog, the chosen deck's topics and card ids, and file paths where a
 * command reads a file.
 */
final class CommandCompleter implements Completer {

  private final Environment environment;
  private final DeckCatalog catalog;
  // built on the first Tab, not before the first prompt: picocli reads the whole tree reflectively
  private CommandSpec root;
  private final Completer files = new Completers.FilesCompleter(() -> Path.of("").toAbsolutePath());

  CommandCompleter(Environment environment, DeckCatalog catalog) {
    this.environment = environment;
    this.catalog = catalog;
  }

  /** Never fails the prompt: an unreadable deck folder just offers no decks. */
  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    try {
      candidates(reader, line, candidates);
    } catch (DeckException unreadable) {
      // the commands report it when run; Tab has no place to show an error
    }
  }

  private void candidates(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (root == null) {
      PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
      root = Cli.create(environment, nowhere, nowhere).getCommandSpec();
    }
    List<String> before = new ArrayList<>(line.words().subList(0, line.wordIndex()));
    if (!before.isEmpty() && before.get(0).equals("retain")) {
      before.remove(0);
    }
    String word = line.word().substring(0, line.wordCursor());
    Consumer<String> add = value -> candidates.add(new Candidate(value));
    CommandSpec command = root;
    OptionSpec pending = null;
    List<String> positionals = new ArrayList<>();
    for (String earlier : before) {
      if (pending != null) {
        pending = null;
      } else if (earlier.startsWith("-")) {
        pending = valueAwaited(command, earlier);
      } else if (command == root && root.subcommands().containsKey(earlier)) {
        command = root.subcommands().get(earlier).getCommandSpec();
      } else {
        positionals.add(earlier);
      }
    }
    if (pending != null) {
      optionValue(pending, positionals, reader, line, candidates);
    } else if (word.startsWith("-")) {
      command.options().forEach(option -> List.of(option.names()).forEach(add));
    } else if (command == root || command.name().equals("help")) {
      root.subcommands().keySet().forEach(add);
      if (command == root) {
        List.of("quit", "exit").forEach(add);
      }
    } else {
      positional(command, word, reader, line, candidates);
    }
  }

  /** The option {@code word} names when its value is the next word; null otherwise. */
  private static OptionSpec valueAwaited(CommandSpec command, String word) {
    OptionSpec option = command.findOption(word);
    return option != null && option.arity().min() > 0 ? option : null;
  }

  private void optionValue(
      OptionSpec option,
      List<String> positionals,
      LineReader reader,
      ParsedLine line,
      List<Candidate> candidates) {
    Optional<Deck> deck = positionals.stream().findFirst().flatMap(this::deck);
    switch (option.longestName()) {
      case "--topic" ->
          deck.ifPresent(
              found -> found.topics().forEach(t -> candidates.add(new Candidate(t.id()))));
      case "--card" ->
          deck.ifPresent(
              found -> found.items().forEach(i -> candidates.add(new Candidate(i.id()))));
      default -> {
        if (readsPath(option)) {
          files.complete(reader, line, candidates);
        } else {
          listed(option, candidates);
        }
      }
    }
  }

  private void positional(
      CommandSpec command,
      String word,
      LineReader reader,
      ParsedLine line,
      List<Candidate> candidates) {
    String label =
        command.positionalParameters().stream().findFirst().map(ArgSpec::paramLabel).orElse("");
    if (label.contains("/CARD") && word.contains("/")) {
      String id = word.substring(0, word.indexOf('/'));
      deck(id)
          .ifPresent(
              deck -> deck.items().forEach(i -> candidates.add(new Candidate(id + "/" + i.id()))));
    } else if (label.contains("DECK") || label.equals("PATH")) {
      catalog.ids().forEach(id -> candidates.add(new Candidate(id)));
    }
    if (label.equals("PATH") || label.equals("FILE")) {
      files.complete(reader, line, candidates);
    }
    command.positionalParameters().stream()
        .findFirst()
        .ifPresent(parameter -> listed(parameter, candidates));
  }

  /** Values picocli knows for an argument, such as the constants of an enum. */
  private static void listed(ArgSpec argument, List<Candidate> candidates) {
    if (argument.completionCandidates() != null) {
      argument.completionCandidates().forEach(value -> candidates.add(new Candidate(value)));
    }
  }

  private static boolean readsPath(OptionSpec option) {
    return option.type() == Path.class || List.of(option.auxiliaryTypes()).contains(Path.class);
  }

  private Optional<Deck> deck(String idOrPath) {
    try {
      return catalog.find(idOrPath).flatMap(source -> source.load().value());
    } catch (DeckException unreadable) {
      return Optional.empty();
    }
  }
}
