package retain.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import retain.deck.Card;
import retain.deck.ChoiceCard;
import retain.deck.ClozeCard;
import retain.deck.DateCard;
import retain.deck.MatchCard;
import retain.deck.MultiCard;
import retain.deck.NumericCard;
import retain.deck.OrderCard;
import retain.deck.ShortCard;
import retain.deck.TrueFalseCard;

/**
 * The order in which a card's list was shown, so that letters and numbers in a response mean what
 * the student saw: the choices of a choice or multi card, the items of an order card, or the right
 * side of a match card. Position {@code i} on screen (letter {@code a} + i, number i + 1) shows the
 * list's element {@code shown.get(i)}. An empty list means the deck's own order.
 *
 * @param shown a permutation of {@code 0..n-1}, or empty for the deck's order
 */
public record Presentation(List<Integer> shown) {

  /** The deck's order, whatever the length of the list. */
  public static final Presentation DECK_ORDER = new Presentation(List.of());

  public Presentation {
    shown = List.copyOf(shown);
    boolean[] seen = new boolean[shown.size()];
    for (int index : shown) {
      if (index < 0 || index >= seen.length || seen[index]) {
        throw new IllegalArgumentException(
            "shown order must be a permutation of 0.." + (seen.length - 1) + ": " + shown);
      }
      seen[index] = true;
    }
  }

  /**
   * A random order for the card's list: shuffled choices unless the card says {@code shuffle:
   * false}, and for order and match cards never the solved order itself, which would give the
   * answer away. Other cards show nothing to shuffle and get {@link #DECK_ORDER}.
   */
  public static Presentation shuffled(Card card, RandomGenerator random) {
    return card.accept(new Shuffle(random));
  }

  /**
   * The order a card's list has on the exam paper numbered {@code paper}: the one function that
   * both {@code retain paper} prints and {@code retain exam} grades with, so a letter on a paper
   * always means the same choice in the exam (issue 13). Each card is shuffled by its own id and
   * the paper, so a paper's letters stay put whatever sample or subset of cards it holds.
   */
  public static Presentation onPaper(Card card, long paper) {
    // SplitMix64 and String.hashCode are both specified, so papers print alike on every JVM
    return shuffled(card, new SplittableRandom(paper * 0x9E3779B97F4A7C15L + card.id().hashCode()));
  }

  private static Presentation permutation(int size, RandomGenerator random, boolean unsolved) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
    do {
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        order.set(i, order.set(j, order.get(i)));
      }
    } while (unsolved && size > 1 && isIdentity(order));
    return new Presentation(order);
  }

  /** A random order for each kind of card's list. */
  private record Shuffle(RandomGenerator random) implements Card.Visitor<Presentation> {

    @Override
    public Presentation visit(ShortCard card) {
      return DECK_ORDER;
    }

    @Override
    public Presentation visit(ChoiceCard card) {
      return card.shuffle() ? permutation(card.choices().size(), random, false) : DECK_ORDER;
    }

    @Override
    public Presentation visit(MultiCard card) {
      return card.shuffle() ? permutation(card.choices().size(), random, false) : DECK_ORDER;
    }

    @Override
    public Presentation visit(TrueFalseCard card) {
      return DECK_ORDER;
    }

    @Override
    public Presentation visit(NumericCard card) {
      return DECK_ORDER;
    }

    @Override
    public Presentation visit(DateCard card) {
      return DECK_ORDER;
    }

    @Override
    public Presentation visit(ClozeCard card) {
      return DECK_ORDER;
    }

    @Override
    public Presentation visit(OrderCard card) {
      return permutation(card.order().size(), random, true);
    }

    @Override
    public Presentation visit(MatchCard card) {
      return permutation(card.pairs().size(), random, true);
    }
  }

  private static boolean isIdentity(List<Integer> order) {
    return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
  }

  /** The list as shown: element {@code i} is what stands at letter {@code a} + i. */
  public <T> List<T> arrange(List<T> deckOrder) {
    requireFits(deckOrder.size());
    return shown.isEmpty() ? List.copyOf(deckOrder) : shown.stream().map(deckOrder::get).toList();
  }

  /** The letter shown at a 0-based position: {@code a}, {@code b}, ... */
  public static String letter(int position) {
    return String.valueOf((char) ('a' + position));
  }

  /** The index in the deck's list of what is shown at a 0-based position. */
  int deckIndex(int position) {
    return shown.isEmpty() ? position : shown.get(position);
  }

  /** The 0-based position at which the deck's element {@code index} is shown. */
  int position(int index) {
    return shown.isEmpty() ? index : shown.indexOf(index);
  }

  void requireFits(int size) {
    if (!shown.isEmpty() && shown.size() != size) {
      throw new IllegalArgumentException(
          "a presentation of " + shown.size() + " elements does not fit a list of " + size);
    }
  }
}
