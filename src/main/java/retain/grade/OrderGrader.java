package retain.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import retain.deck.OrderCard;
import retain.grade.Picks.Part;

/**
 * Grades a sequence (design §2, {@code order}): correct only when exact; otherwise the share of
 * pairs of items given in the right relative order, out of all pairs of the card's items. An item
 * named twice counts once, and each part that names no item, or an item already named, costs as
 * much as one pair out of order.
 */
final class OrderGrader {

  private OrderGrader() {}

  static ShownList options(OrderCard card, Presentation presentation) {
    return new ShownList(card.order(), presentation, true, true);
  }

  static Verdict grade(OrderCard card, List<Part> parts, ShownList options, String expected) {
    List<Integer> sequence = new ArrayList<>();
    int stray = 0;
    boolean typo = false;
    for (Part part : parts) {
      if (part.pick().isPresent() && !sequence.contains(part.pick().get().index())) {
        sequence.add(part.pick().get().index());
        typo |= part.pick().get().typo();
      } else {
        stray++;
      }
    }
    int size = card.order().size();
    if (stray == 0 && sequence.equals(IntStream.range(0, size).boxed().toList())) {
      return typo
          ? Verdict.right(
              Verdict.Kind.TYPO_TOLERATED, expected, "accepted with a typo: " + expected)
          : Verdict.right(Verdict.Kind.EXACT, expected, "correct");
    }
    int pairs = size * (size - 1) / 2;
    int inOrder = 0;
    for (int i = 0; i < sequence.size(); i++) {
      for (int j = i + 1; j < sequence.size(); j++) {
        inOrder += sequence.get(i) < sequence.get(j) ? 1 : 0;
      }
    }
    int placed =
        (int) IntStream.range(0, sequence.size()).filter(i -> sequence.get(i) == i).count();
    String feedback =
        placed
            + " of "
            + size
            + " in the right place, "
            + inOrder
            + " of "
            + pairs
            + " pairs in order";
    if (sequence.size() < size) {
      feedback += "; " + (size - sequence.size()) + " missing";
    }
    // the letters on screen, which is how the student answered
    feedback +=
        "; the order is "
            + IntStream.range(0, size).mapToObj(options::letterOf).collect(Collectors.joining(" "));
    return Verdict.credit(inOrder / (double) (pairs + stray), expected, feedback);
  }
}
