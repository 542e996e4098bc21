package retain.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What pre-training learns from: for each first grade, the recall observed at a card's first
 * long-term review, by the days waited. Rare waits are dropped as fsrs-rs drops them (about 5% of
 * each grade's observations, at least 20, and any wait seen fewer than six times or longer than 100
 * days, 365 after Easy), and so are the training items of cards whose first wait was dropped.
 */
final class FirstIntervals {

  /**
   * The recall outcomes at one first grade.
   *
   * @param days the waits, ascending
   * @param counts how many first long-term reviews came after each wait
   * @param recalled how many of them were recalled
   */
  record Recalls(int[] days, int[] counts, int[] recalled) {
    int total() {
      int sum = 0;
      for (int count : counts) {
        sum += count;
      }
      return sum;
    }

    double recallShare(int i) {
      return (double) recalled[i] / counts[i];
    }
  }

  private final Map<Integer, TreeMap<Integer, int[]>> kept = new TreeMap<>();
  private final Map<Integer, Set<Integer>> dropped = new TreeMap<>();

  /** Groups the first long-term review of every card that has one, then drops the rare waits. */
  FirstIntervals(List<CardHistory> cards) {
    Map<Integer, TreeMap<Integer, int[]>> all = new TreeMap<>();
    for (CardHistory card : cards) {
      int i = firstLongTerm(card);
      if (i > 0) {
        int[] tally =
            all.computeIfAbsent(card.grade(0), g -> new TreeMap<>())
                .computeIfAbsent(card.elapsed(i), d -> new int[2]);
        tally[0]++;
        tally[1] += card.recalled(i) ? 1 : 0;
      }
    }
    all.forEach(this::dropRare);
  }

  /** Recall outcomes per first grade that has any left. */
  Map<Integer, Recalls> recalls() {
    Map<Integer, Recalls> out = new TreeMap<>();
    kept.forEach(
        (grade, byDays) -> {
          if (!byDays.isEmpty()) {
            int n = byDays.size();
            int[] days = new int[n];
            int[] counts = new int[n];
            int[] recalled = new int[n];
            int i = 0;
            for (var e : byDays.entrySet()) {
              days[i] = e.getKey();
              counts[i] = e.getValue()[0];
              recalled[i++] = e.getValue()[1];
            }
            out.put(grade, new Recalls(days, counts, recalled));
          }
        });
    return out;
  }

  /** Whether this card's items stay in training: its first wait was not dropped. */
  boolean keeps(CardHistory card) {
    int i = firstLongTerm(card);
    return i < 0 || !dropped.getOrDefault(card.grade(0), Set.of()).contains(card.elapsed(i));
  }

  /** The index of the card's first review on a later day than the one before it, or −1. */
  static int firstLongTerm(CardHistory card) {
    for (int i = 1; i < card.size(); i++) {
      if (card.elapsed(i) > 0) {
        return i;
      }
    }
    return -1;
  }

  private void dropRare(int grade, TreeMap<Integer, int[]> byDays) {
    List<Map.Entry<Integer, int[]>> groups = new ArrayList<>(byDays.entrySet());
    // the rarest waits are dropped first; among equally rare ones, the shortest (fsrs-rs's order)
    groups.sort(
        Comparator.<Map.Entry<Integer, int[]>>comparingInt(e -> e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    int total = groups.stream().mapToInt(e -> e.getValue()[0]).sum();
    int removed = 0;
    TreeMap<Integer, int[]> keep = new TreeMap<>();
    Set<Integer> drop = new TreeSet<>();
    for (var group : groups) {
      int size = group.getValue()[0];
      if (removed + size >= Math.max(20, total / 20)) {
        int longest = grade == 4 ? 365 : 100;
        if (size < 6 || group.getKey() > longest) {
          drop.add(group.getKey());
        } else {
          keep.put(group.getKey(), group.getValue());
        }
      } else {
        removed += size;
        drop.add(group.getKey());
      }
    }
    kept.put(grade, keep);
    dropped.put(grade, drop);
  }
}
