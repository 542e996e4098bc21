package retain.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.catalog.DeckException;
import retain.catalog.DeckSource;
import retain.deck.Deck;
import retain.deck.LoadResult;
import retain.stats.ItemTally;
import retain.text.Shorten;

/** {@code retain decks}: the decks found, with their items, new and due counts and origin. */
@Command(
    name = "decks",
    footerHeading = "%nExamples:%n",
    footer = {"  retain decks", "  retain decks --decks ~/my-decks"},
    header = "List the decks found, with items, new and due counts, and where each comes from.",
    description = "Looks in --decks folders, ./decks, the data directory's decks, then bundled.")
final class DecksCommand implements Callable<Integer> {

  private static final int TITLE = 36;

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "TITLE", "ITEMS", "NEW", "DUE", "FROM"));
    List<String> broken = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    Optional<String> countdown;
    try (Progress progress = new Progress(root, spec)) {
      countdown = progress.examCountdown();
      for (DeckSource source : root.catalog().sources()) {
        try {
          LoadResult result = source.load();
          result
              .deck()
              .ifPresentOrElse(
                  deck -> rows.add(row(deck, source, progress, !listed.add(deck.id()))),
                  () ->
                      broken.add(
                          file(source) + " (has errors: run retain lint " + source.name() + ")"));
        } catch (DeckException unreadable) {
          broken.add(file(source) + " (" + unreadable.getMessage() + ")");
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Table.print(rows, List.of(false, false, true, true, true, false), out);
    broken.forEach(out::println);
    countdown.ifPresent(
        exam -> out.println(exam + " (config.yaml): retain plan DECK for a forecast"));
    return ExitCodes.OK;
  }

  /** A {@code hidden} deck shares its id with one listed above, which lookups by id take. */
  private static List<String> row(Deck deck, DeckSource source, Progress progress, boolean hidden) {
    ItemTally tally = progress.tally(deck);
    return List.of(
        deck.id(),
        Shorten.to(deck.title(), TITLE),
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
