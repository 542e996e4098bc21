package retain.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import retain.deck.Deck;
import retain.deck.Item;
import retain.grade.Escape;
import retain.grade.Presentation;
import retain.schedule.CardState;
import retain.stats.ItemView;
import retain.store.StoredCardState;

/** {@code retain show}: a deck's items with their state, or one card with its history. */
@Command(
    name = "show",
    footerHeading = "%nExamples:%n",
    footer = {"  retain show belarus-russia-2022", "  retain show belarus-russia-2022/minsk-visit"},
    header = "Show a deck's items with state and next due, or one card with its history.",
    description = "DECK lists the items; DECK/CARD (or DECK/CARD.2 for a cloze blank) shows one.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand RetainCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DECK[/CARD]", description = "A deck id or file, optionally /CARD.")
  String target;

  @Override
  public Integer call() {
    int slash = target.lastIndexOf('/');
    Optional<Deck> whole = root.catalog().find(target).flatMap(source -> source.load().value());
    try (ProgressReader progress = new ProgressReader(root.context(spec))) {
      if (whole.isPresent() || slash < 0) {
        list(whole.orElseGet(() -> root.catalog().require(target)), progress);
      } else {
        Deck deck = root.catalog().require(target.substring(0, slash));
        card(deck, target.substring(slash + 1), progress);
      }
    }
    return ExitCodes.OK;
  }

  private void list(Deck deck, ProgressReader progress) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        deck.id() + ": " + Escape.line(deck.title()) + " (" + deck.items().size() + " items)");
    Map<String, StoredCardState> states = progress.states(deck);
    ItemView view = view(progress);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ITEM", "TYPE", "TOPIC", "STATE", "DUE"));
    for (Item item : deck.items()) {
      Optional<CardState> state = state(states, item.id());
      rows.add(
          List.of(
              item.id(),
              item.card().type().key(),
              item.card().meta().topic().orElse("-"),
              ItemView.stateName(state),
              view.due(state)));
    }
    Table.print(rows, List.of(false, false, false, false, false), out);
  }

  private void card(Deck deck, String typed, ProgressReader progress) {
    String id = Renames.current(deck, typed, spec.commandLine().getErr());
    List<Item> items =
        deck.findItem(id)
            .map(List::of)
            .or(() -> deck.findCard(id).map(card -> card.items()))
            .orElseThrow(
                () -> new BadInputException("deck '" + deck.id() + "' has no card '" + id + "'"));
    Map<String, StoredCardState> states = progress.states(deck);
    ItemView view = view(progress);
    var random = root.global().random(root.environment());
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      out.print(i == 0 ? "" : "\n");
      view.render(
              item,
              Presentation.shuffled(item.card(), random),
              state(states, item.id()),
              progress.reviews(deck, item.id()))
          .forEach(out::println);
    }
  }

  private ItemView view(ProgressReader progress) {
    return new ItemView(
        progress.scheduler(),
        progress.clock().instant(),
        progress.clock().getZone(),
        root.context(spec).look());
  }

  private static Optional<CardState> state(Map<String, StoredCardState> states, String item) {
    return Optional.ofNullable(states.get(item)).map(StoredCardState::state);
  }
}
