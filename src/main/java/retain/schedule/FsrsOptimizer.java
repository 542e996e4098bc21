package retain.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits the 21 FSRS-6 weights to a student's reviews by fsrs-rs's method: one training item per
 * review on a later day than the card's previous one, carrying the card's earlier reviews; first
 * stabilities pre-trained ({@link InitialStability}); then all weights trained by Adam on binary
 * cross-entropy with the exact gradient ({@link FsrsGradient}), recent items weighted up, a pull
 * toward the starting weights that matters only for small data, and {@link ParameterBounds} applied
 * after every step. Deterministic: the shuffle has a fixed seed.
 */
public final class FsrsOptimizer {

  /** Told after each epoch of training. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Epoch {@code epoch} of {@code epochs} is done; {@code loss} is the training loss per item,
     * recency weights and the pull toward the starting weights included.
     */
    void epochDone(int epoch, int epochs, double loss);
  }

  /** Fewer training items than this and fsrs-rs keeps the pre-trained or default weights. */
  public static final int MIN_ITEMS = 64;

  static final int EPOCHS = 5;
  static final int BATCH = 512;

  /** fsrs-rs leaves out items with a longer history: they are few and slow to train on. */
  static final int MAX_REVIEWS = 64;

  private static final double LEARNING_RATE = 0.04;
  private static final long SEED = 2023;

  /**
   * fsrs-rs's spread of each weight across users: the pull toward the starting weights divides by
   * its square, so well-known weights move less on little data.
   */
  private static final double[] SPREAD = {
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
    1.03, 0.31, 0.32, 0.14, 0.27
  };

  record Item(CardHistory card, int index, double weight) {}

  private FsrsOptimizer() {}

  /**
   * Why these reviews are too few to fit weights to, or empty when they will do: fsrs-rs needs at
   * least {@value #MIN_ITEMS} reviews on a later day than the card's previous one, and some cards
   * reviewed on three or more days.
   */
  public static Optional<String> shortfall(List<CardHistory> cards) {
    long items = 0;
    boolean later = false;
    for (CardHistory card : cards) {
      int longTerm = 0;
      for (int i = 1; i < card.size(); i++) {
        longTerm += card.elapsed(i) > 0 ? 1 : 0;
      }
      items += longTerm;
      later |= longTerm >= 2;
    }
    if (items < MIN_ITEMS) {
      return Optional.of(
          "only "
              + items
              + (items == 1 ? " review" : " reviews")
              + " came on a later day than the card's previous review; at least "
              + MIN_ITEMS
              + " are needed");
    }
    if (!later) {
      return Optional.of("no card has been reviewed on three or more different days yet");
    }
    return Optional.empty();
  }

  /**
   * The fitted weights w0…w20.
   *
   * @throws IllegalArgumentException when {@link #shortfall} is not empty
   */
  public static List<Double> fit(List<CardHistory> cards, Listener listener) {
    shortfall(cards)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    FirstIntervals first = new FirstIntervals(cards);
    List<CardHistory> kept = cards.stream().filter(first::keeps).toList();
    double[] start = startingWeights(first, averageRecall(cards));
    List<Item> items = items(kept);
    double[] w = new Training(items, start).run(listener);
    var recalls = first.recalls();
    Map<Integer, Double> fitted = new TreeMap<>();
    Map<Integer, Integer> counts = new TreeMap<>();
    for (int grade = 1; grade <= 4; grade++) {
      fitted.put(grade, w[grade - 1]);
      counts.put(grade, recalls.containsKey(grade) ? recalls.get(grade).total() : 0);
    }
    double[] initial = InitialStability.smoothAndFill(fitted, counts);
    System.arraycopy(initial, 0, w, 0, 4);
    return Arrays.stream(w).boxed().toList();
  }

  private static double[] startingWeights(FirstIntervals first, double averageRecall) {
    double[] w = FsrsParameters.DEFAULT_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
    var recalls = first.recalls();
    if (!recalls.isEmpty()) {
      System.arraycopy(InitialStability.fit(recalls, averageRecall), 0, w, 0, 4);
    }
    return w;
  }

  /** The training items in the order their reviews happened, later ones weighted up to 4×. */
  static List<Item> items(List<CardHistory> cards) {
    List<Item> ordered = new ArrayList<>();
    for (CardHistory card : cards) {
      for (int i = 1; i < Math.min(card.size(), MAX_REVIEWS); i++) {
        if (card.elapsed(i) > 0) {
          ordered.add(new Item(card, i, 0));
        }
      }
    }
    ordered.sort(Comparator.comparingInt(item -> item.card().day(item.index())));
    double last = Math.max(1, ordered.size() - 1);
    List<Item> weighted = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      Item item = ordered.get(i);
      weighted.add(new Item(item.card(), item.index(), 0.25 + 0.75 * Math.pow(i / last, 3)));
    }
    return weighted;
  }

  private static double averageRecall(List<CardHistory> cards) {
    long recalled = 0;
    long all = 0;
    for (CardHistory card : cards) {
      for (int i = 1; i < card.size(); i++) {
        if (card.elapsed(i) > 0) {
          all++;
          recalled += card.recalled(i) ? 1 : 0;
        }
      }
    }
    return all == 0 ? 0 : (double) recalled / all;
  }

  /** One run of Adam over the items; keeps the weights of the epoch with the lowest loss. */
  private static final class Training {
    private final List<Item> items;
    private final double[] start;
    private final double[] w;
    private final FsrsGradient model;

    Training(List<Item> items, double[] start) {
      this.items = new ArrayList<>(items);
      this.start = start;
      this.w = start.clone();
      int longest = items.stream().mapToInt(Item::index).max().orElse(1) + 1;
      this.model = new FsrsGradient(w, longest);
    }

    double[] run(Listener listener) {
      int steps = (items.size() / BATCH + 1) * EPOCHS;
      double[] m = new double[w.length];
      double[] v = new double[w.length];
      double[] gradient = new double[w.length];
      double[] best = w.clone();
      double bestLoss = Double.POSITIVE_INFINITY;
      Random random = new Random(SEED);
      double totalWeight = items.stream().mapToDouble(Item::weight).sum();
      int step = 0;
      for (int epoch = 1; epoch <= EPOCHS; epoch++) {
        Collections.shuffle(items, random);
        for (int from = 0; from < items.size(); from += BATCH) {
          List<Item> batch = items.subList(from, Math.min(from + BATCH, items.size()));
          Arrays.fill(gradient, 0);
          for (Item item : batch) {
            model.lossAndGradient(item.card(), item.index(), item.weight(), gradient);
          }
          penalty((double) batch.size() / items.size(), gradient);
          step++;
          double rate = LEARNING_RATE * (1 + Math.cos(Math.PI * step / steps)) / 2;
          adam(step, rate, gradient, m, v);
          ParameterBounds.clip(w);
        }
        double loss = totalLoss();
        if (loss < bestLoss) {
          bestLoss = loss;
          best = w.clone();
        }
        listener.epochDone(epoch, EPOCHS, loss / totalWeight);
      }
      return best;
    }

    private void adam(int step, double rate, double[] gradient, double[] m, double[] v) {
      double beta1 = 0.9;
      double beta2 = 0.999;
      for (int i = 0; i < w.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * gradient[i];
        v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i];
        double mHat = m[i] / (1 - Math.pow(beta1, step));
        double vHat = v[i] / (1 - Math.pow(beta2, step));
        w[i] -= rate * mHat / (Math.sqrt(vHat) + 1e-8);
      }
    }

    /** Adds the pull toward the starting weights, scaled by the batch's share; returns it. */
    private double penalty(double share, double[] gradient) {
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        double diff = w[i] - start[i];
        double spread2 = SPREAD[i] * SPREAD[i];
        sum += diff * diff / spread2;
        if (gradient != null) {
          gradient[i] += 2 * diff / spread2 * share;
        }
      }
      return sum * share;
    }

    private double totalLoss() {
      double loss = 0;
      for (Item item : items) {
        double r = model.predict(item.card(), item.index());
        loss -= item.weight() * Math.log(item.card().recalled(item.index()) ? r : 1 - r);
      }
      return loss + penalty(1, null);
    }
  }
}
