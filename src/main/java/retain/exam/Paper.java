package retain.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import retain.deck.Deck;
import retain.deck.Item;
import retain.grade.Presentation;

/**
 * One exam paper: the items put to a student, in the deck's order, each with its list shuffled for
 * this paper. {@code retain paper} prints it and {@code retain exam} grades against it.
 *
 * @param items the questions, numbered from 1 in this order
 */
public record Paper(Deck deck, PaperId id, List<Item> items) {

  public Paper {
    items = List.copyOf(items);
  }

  /**
   * The paper {@code id} of {@code deck}: the items of {@code topics} (all when empty), or a sample
   * of {@code count} of them drawn by the paper's number, so neighbours get different questions.
   */
  public static Paper of(Deck deck, PaperId id, Set<String> topics, Optional<Integer> count) {
    List<Item> scope =
        deck.items().stream()
            .filter(
                item ->
                    topics.isEmpty()
                        || item.card().meta().topic().filter(topics::contains).isPresent())
            .toList();
    return new Paper(deck, id, count.map(n -> sample(scope, n, id.number())).orElse(scope));
  }

  /** How the list of {@code item} stands on this paper. */
  public Presentation presentation(Item item) {
    return Presentation.onPaper(item.card(), id.number());
  }

  private static List<Item> sample(List<Item> scope, int count, long number) {
    List<Integer> picked = new ArrayList<>();
    for (int i = 0; i < scope.size(); i++) {
      picked.add(i);
    }
    // a partial Fisher-Yates: SplittableRandom is specified, so a paper prints alike everywhere
    SplittableRandom random = new SplittableRandom(number);
    int kept = Math.min(count, scope.size());
    for (int i = 0; i < kept; i++) {
      int j = i + random.nextInt(scope.size() - i);
      picked.set(i, picked.set(j, picked.get(i)));
    }
    List<Integer> chosen = new ArrayList<>(picked.subList(0, kept));
    Collections.sort(chosen);
    return chosen.stream().map(scope::get).toList();
  }
}
