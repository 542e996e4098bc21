package retain.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.catalog.DeckException;
import retain.catalog.DeckIds;
import retain.catalog.DeckSource;
import retain.deck.Deck;
import retain.stats.ItemTally;

/** {@code retain decks}: the decks found, with their items, new and due counts and origin. */
@Command(
    name = "decks",
    footerHeading = "%nExamples:%n",
    footer = {"  retain decks", "  retain decks --decks ~/my-decks"},
    header = "List the decks found, with items, new and due counts, and where each comes from.",
    description = "Looks in --decks folders, ./decks, the data directory's decks, then bundled.")
final class DecksCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "TITLE", "ITEMS", "NEW", "DUE", "FROM"));
    List<String> broken = new ArrayList<>();
    DeckIds ids = new DeckIds();
    Optional<String> countdown;
    try (ProgressReader progress = new ProgressReader(root.context(spec))) {
      countdown = progress.examCountdown();
      for (DeckSource source : root.catalog().sources()) {
        try {
          Optional<Deck> deck = source.load().value();
          // not in a lambda: picocli reads this class's methods, which would load DeckIds on every
          // run
          if (deck.isPresent()) {
            rows.add(row(deck.get(), source, progress, ids.claim(deck.get(), source).isPresent()));
          } else {
            broken.add(file(source) + " (has errors: run retain lint " + source.name() + ")");
          }
        } catch (DeckException unreadable) {
          broken.add(file(source) + " (" + unreadable.getMessage() + ")");
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Table.fitted(
        rows, List.of(false, false, true, true, true, false), 1, root.environment().columns(), out);
    broken.forEach(out::println);
    countdown.ifPresent(
        exam -> out.println(exam + " (config.yaml): retain plan DECK for a forecast"));
    return ExitCodes.OK;
  }

  /** A {@code hidden} deck shares its id with one listed above, which lookups by id take. */
  private static List<String> row(
      Deck deck, DeckSource source, ProgressReader progress, boolean hidden) {
    ItemTally tally = progress.tally(deck);
    return List.of(
        deck.id(),
        deck.title(),
        String.valueOf(deck.items().size()),
        String.valueOf(tally.cards().fresh()),
        String.valueOf(tally.due().today()),
        hidden ? source.origin() + " (hidden by the one above)" : source.origin());
  }

  private static String file(DeckSource source) {
    String name = source.name();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
  }
}
