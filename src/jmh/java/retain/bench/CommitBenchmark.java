package retain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
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
 * Committing one review, durable on return (synchronous=FULL, one fsync per commit), into a copy of
 * the 100,000-review store on the default temporary directory's disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class CommitBenchmark {
  private static final int REVIEWS = 100_000;

  private Path copy;
  private Store store;
  private final List<ReviewRecord> records = new ArrayList<>();
  private int next;

  @Setup
  public void copyStore() throws IOException {
    GeneratedStore generated =
        GeneratedStore.of(
            PlanBenchmark.dataRoot().resolve("store-" + REVIEWS),
            REVIEWS,
            REVIEWS / GeneratedStore.REVIEWS_PER_CARD,
            8);
    copy = Files.createTempDirectory("retain-commit");
    Files.copy(generated.data().resolve("retain.db"), copy.resolve("retain.db"));
    store = Store.open(copy);
    Deck deck = generated.deck();
    Instant at = generated.now();
    long session = store.startSession(deck.id(), Mode.STUDY, Optional.empty(), at);
    Scheduler scheduler = new Scheduler(FsrsParameters.defaults(), 0);
    for (Item item : deck.items().subList(0, 1000)) {
      CardState after = scheduler.review(CardState.newCard(at), Rating.GOOD, at);
      records.add(
          new ReviewRecord(
              session,
              at,
              deck.id(),
              item.id(),
              item.contentHash(),
              Mode.STUDY,
              Optional.of(Grader.expected(item)),
              true,
              1,
              Optional.of(Rating.GOOD),
              5_000,
              Optional.of(after)));
    }
  }

  @Benchmark
  public void recordReview() {
    store.recordReview(records.get(next++ % records.size()));
  }

  @TearDown
  public void deleteCopy() throws IOException {
    store.close();
    try (var files = Files.list(copy)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(copy);
  }
}
