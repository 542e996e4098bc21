package retain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import retain.deck.Deck;
import retain.deck.Item;
import retain.grade.Grader;
import retain.schedule.CardState;
import retain.schedule.FsrsParameters;
import retain.schedule.Rating;
import retain.schedule.Scheduler;
import retain.store.Mode;
import retain.store.ReviewRecord;
import retain.store.Store;

/**
 * Fills a store with a student's history: {@code reviews} reviews of a deck's items, new cards
 * introduced in deck order over three years, each reviewed when the real {@link Scheduler} makes it
 * due and rated Again with probability 1 − R, one session per day. Everything goes through {@link
 * Store#recordReview}, so the rows are exactly what retain writes.
 */
public final class StoreGenerator {
  /** The first review; fixed so that a seed gives the same store on every machine. */
  static final Instant START = Instant.parse("2022-01-03T07:00:00Z");

  private static final Duration INTRODUCTION_SPAN = Duration.ofDays(3 * 365);

  private final Deck deck;
  // Deck.items() builds the list on every call
  private final List<Item> items;
  private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults(), 0);
  private final SplittableRandom random;

  private StoreGenerator(Deck deck, long seed) {
    this.deck = deck;
    this.items = deck.items();
    this.random = new SplittableRandom(seed);
  }

  /** A card waiting for its next review. */
  private record Pending(Instant at, int item, CardState state) {}

  /**
   * Writes {@code reviews} reviews of {@code deck} to a new store in {@code dataDirectory}; returns
   * the moment after the last review at which a study session should be planned.
   */
  public static Instant write(Deck deck, int reviews, long seed, Path dataDirectory) {
    return new StoreGenerator(deck, seed).write(reviews, dataDirectory);
  }

  private Instant write(int reviews, Path dataDirectory) {
    Path scratch = scratchDirectory();
    Instant last = START;
    try (Store store = Store.open(scratch)) {
      PriorityQueue<Pending> queue = introductions();
      long session = -1;
      long sessionDay = -1;
      for (int written = 0; written < reviews && !queue.isEmpty(); written++) {
        Pending next = queue.poll();
        long day = next.at().getEpochSecond() / 86_400;
        if (day != sessionDay) {
          if (session >= 0) {
            store.finishSession(session, last);
          }
          session = store.startSession(deck.id(), Mode.STUDY, Optional.empty(), next.at());
          sessionDay = day;
        }
        CardState after = review(store, session, next);
        last = next.at();
        queue.add(
            new Pending(after.due().plusSeconds(random.nextInt(60, 3_600)), next.item(), after));
      }
      if (session >= 0) {
        store.finishSession(session, last);
      }
    }
    moveStore(scratch, dataDirectory);
    return last.plus(1, ChronoUnit.DAYS);
  }

  private PriorityQueue<Pending> introductions() {
    PriorityQueue<Pending> queue =
        new PriorityQueue<>(Comparator.comparing(Pending::at).thenComparing(Pending::item));
    long gap = INTRODUCTION_SPAN.toSeconds() / items.size();
    for (int n = 0; n < items.size(); n++) {
      Instant at = START.plusSeconds(n * gap);
      queue.add(new Pending(at, n, CardState.newCard(at)));
    }
    return queue;
  }

  private CardState review(Store store, long session, Pending pending) {
    Item item = items.get(pending.item());
    Rating rating = rating(pending);
    CardState after = scheduler.review(pending.state(), rating, pending.at());
    boolean correct = rating != Rating.AGAIN;
    store.recordReview(
        new ReviewRecord(
            session,
            pending.at(),
            deck.id(),
            item.id(),
            item.contentHash(),
            Mode.STUDY,
            Optional.of(correct ? Grader.expected(item) : "no idea"),
            correct,
            correct ? 1 : 0,
            Optional.of(rating),
            random.nextLong(2_000, 20_000),
            Optional.of(after)));
    return after;
  }

  /** Again with probability 1 − R (0.3 for a card never seen); otherwise mostly Good. */
  private Rating rating(Pending pending) {
    double recall = scheduler.retrievability(pending.state(), pending.at()).orElse(0.7);
    if (random.nextDouble() >= recall) {
      return Rating.AGAIN;
    }
    double grade = random.nextDouble();
    return grade < 0.1 ? Rating.HARD : grade < 0.9 ? Rating.GOOD : Rating.EASY;
  }

  /**
   * A directory in memory when there is one: every review is its own durable transaction, and a
   * million fsyncs on a disk would take an hour.
   */
  private static Path scratchDirectory() {
    try {
      Path shm = Path.of("/dev/shm");
      return Files.isDirectory(shm) && Files.isWritable(shm)
          ? Files.createTempDirectory(shm, "retain-generate")
          : Files.createTempDirectory("retain-generate");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void moveStore(Path scratch, Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      Files.copy(
          scratch.resolve("retain.db"),
          dataDirectory.resolve("retain.db"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.COPY_ATTRIBUTES);
      try (Stream<Path> files = Files.list(scratch)) {
        for (Path file : new ArrayList<>(files.toList())) {
          Files.delete(file);
        }
      }
      Files.delete(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
