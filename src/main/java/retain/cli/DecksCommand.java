package retain.cli;

import java.util.ArrayList;
import java.util.List;
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

/** {@code retain decks}: the decks found, with their items, new and due counts and origin. */
@Command(
    name = "decks",
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
    try (Progress progress = new Progress(root, spec)) {
      for (DeckSource source : root.catalog().sources()) {
        rows.add(row(source, progress));
      }
    }
    Table.print(rows, List.of(false, false, true, true, true, false), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static List<String> row(DeckSource source, Progress progress) {
    LoadResult result;
    try {
      result = source.load();
    } catch (DeckException unreadable) {
      return broken(source, "(unreadable: " + unreadable.getMessage() + ")");
    }
    if (result.deck().isEmpty()) {
      return broken(source, "(has errors: run retain lint " + source.name() + ")");
    }
    Deck deck = result.deck().get();
    ItemTally tally = progress.tally(deck);
    return List.of(
        deck.id(),
        fit(deck.title()),
        String.valueOf(deck.items().size()),
        String.valueOf(tally.cards().fresh()),
        String.valueOf(tally.due().today()),
        source.origin());
  }

  private static List<String> broken(DeckSource source, String why) {
    String name = source.name();
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
    return List.of(file, why, "", "", "", source.origin());
  }

  private static String fit(String title) {
    return title.length() <= TITLE ? title : title.substring(0, TITLE - 3) + "...";
  }
}
