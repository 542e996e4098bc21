package retain.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.catalog.DeckCatalog;
import retain.catalog.DeckIds;
import retain.catalog.DeckSource;
import retain.cli.FormatOption.Format;
import retain.deck.Deck;
import retain.store.Store;
import retain.text.Json;
import retain.yaml.Loaded;
import retain.yaml.Problem;

/** {@code retain lint}: checks deck files and reports every problem where editors can jump. */
@Command(
    name = "lint",
    footerHeading = "%nExamples:%n",
    footer = {
      "  retain lint",
      "  retain lint decks/my-deck.yaml --strict",
      "  retain lint decks --format json"
    },
    header = "Check decks for errors and warnings (FILE:LINE:COL: error: MESSAGE).",
    description = "Checks deck files or folders (recursively); the default is ./decks.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors",
      "1:errors found (or warnings, with --strict)",
      "2:bad usage or unreadable path"
    })
final class LintCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;
  @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON);

  @Option(names = "--strict", description = "Count warnings as errors.")
  boolean strict;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Deck files, folders or deck ids.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    Format chosen = format.chosen();
    List<DeckSource> sources = sources();
    List<Problem> problems = new ArrayList<>();
    DeckIds ids = new DeckIds();
    int items = 0;
    Path data = root.global().dataDirectory(root.environment());
    // only a store that exists: lint never creates one
    Optional<Store> store = Store.exists(data) ? Optional.of(Store.open(data)) : Optional.empty();
    for (DeckSource source : sources) {
      Loaded<Deck> result = source.load();
      problems.addAll(result.problems());
      if (result.value().isPresent()) {
        Deck deck = result.value().get();
        store.ifPresent(
            open ->
                problems.addAll(
                    Renames.lint(open, deck, source.name(), spec.commandLine().getErr())));
        items += deck.items().size();
        ids.claim(deck, source)
            .ifPresent(earlier -> problems.add(DeckIds.duplicate(deck, source, earlier)));
      }
    }
    store.ifPresent(Store::close);
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    var out = spec.commandLine().getOut();
    if (chosen == Format.JSON) {
      out.println(Json.write(problems.stream().map(LintCommand::json).toList()));
    } else {
      problems.forEach(problem -> out.println(problem.render()));
      out.printf(
          "%d %s, %d %s: %d %s, %d %s%n",
          sources.size(),
          plural(sources.size(), "file"),
          items,
          plural(items, "item"),
          errors,
          plural(errors, "error"),
          warnings,
          plural(warnings, "warning"));
    }
    boolean failed = errors > 0 || (strict && warnings > 0);
    return failed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  private List<DeckSource> sources() {
    DeckCatalog catalog = root.catalog();
    if (paths.isEmpty()) {
      if (!Files.isDirectory(Path.of("decks"))) {
        throw new BadInputException(
            "there is no ./decks folder here; name the deck files or folders to check");
      }
      return catalog.expand("decks");
    }
    return paths.stream().flatMap(path -> catalog.expand(path).stream()).toList();
  }

  private static Map<String, Object> json(Problem problem) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("file", problem.file());
    entry.put("line", problem.line());
    entry.put("column", problem.column());
    entry.put("severity", problem.severity().label());
    entry.put("code", problem.code());
    entry.put("message", problem.message());
    return entry;
  }

  private static String plural(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }
}
