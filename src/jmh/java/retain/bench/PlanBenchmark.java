package retain.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import retain.deck.Deck;
import retain.schedule.FsrsParameters;
import retain.schedule.QueuePlanner;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.schedule.StudyLimits;
import retain.schedule.StudyQueue;
import retain.session.Session;
import retain.session.Sessions;
import retain.store.Store;

/**
 * Planning a study session the way {@code retain study} does: open the store, count today's
 * reviews, read the deck's card states and order the queue (budget: 1,000,000 reviews under 0.5 s).
 * The stores are made by {@link GeneratedStore} on first use, ten reviews a card, under {@code
 * target/bench-data} (or {@code -Dretain.bench.data=DIR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PlanBenchmark {
  private static final long SEED = 8;

  @Param({"10000", "100000", "1000000"})
  public int reviews;

  private Deck deck;
  private Path data;
  private Clock clock;
  private QueuePlanner planner;
  private Scheduler scheduler;
  private StudyDay day;

  @Setup
  public void openGeneratedStore() {
    GeneratedStore store =
        GeneratedStore.of(
            dataRoot().resolve("store-" + reviews),
            reviews,
            reviews / GeneratedStore.REVIEWS_PER_CARD,
            SEED);
    deck = store.deck();
    data = store.data();
    clock = Clock.fixed(store.now(), ZoneOffset.UTC);
    scheduler = new Scheduler(FsrsParameters.defaults(), 0);
    day = StudyDay.in(ZoneOffset.UTC);
    planner =
        new QueuePlanner(new Scheduler(FsrsParameters.defaults(), SEED), day, StudyLimits.DEFAULTS);
    if (plan().isEmpty()) {
      throw new IllegalStateException("the generated store plans nothing at " + store.now());
    }
  }

  @Benchmark
  public StudyQueue plan() {
    try (Store store = Store.open(data)) {
      var setup = new Session.Setup(deck, store, scheduler, day, clock, new SplittableRandom(SEED));
      return Sessions.plan(setup, planner, Set.of(), Integer.MAX_VALUE, SEED);
    }
  }

  static Path dataRoot() {
    return Path.of(System.getProperty("retain.bench.data", "target/bench-data"));
  }
}
