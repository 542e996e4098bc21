package retain.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
import retain.readiness.Forecast;
import retain.readiness.Readiness;
import retain.schedule.CardState;
import retain.schedule.ExamAim;
import retain.schedule.FsrsParameters;
import retain.schedule.Scheduler;
import retain.schedule.StudyDay;
import retain.store.Store;

/**
 * {@code retain plan} as the command does it: open the store, read the deck's card states and
 * forecast every item 21 days ahead (budget: 100,000 items over 1,000,000 reviews under 1 s). Uses
 * the stores of {@link PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ForecastBenchmark {
  private static final long SEED = 8;

  @Param({"100000", "1000000"})
  public int reviews;

  private Deck deck;
  private GeneratedStore store;
  private Readiness readiness;

  @Setup
  public void openGeneratedStore() {
    store =
        GeneratedStore.of(
            PlanBenchmark.dataRoot().resolve("store-" + reviews),
            reviews,
            reviews / GeneratedStore.REVIEWS_PER_CARD,
            SEED);
    deck = store.deck();
    StudyDay day = StudyDay.in(ZoneOffset.UTC);
    Instant exam = day.startOf(day.dateOf(store.now()).plusDays(21));
    readiness =
        new Readiness(
            new ExamAim(
                new Scheduler(FsrsParameters.defaults().withFuzz(false), 0),
                day,
                exam,
                ExamAim.DEFAULT_TARGET));
    if (forecast().items().size() != deck.items().size()) {
      throw new IllegalStateException("the forecast lost items");
    }
  }

  @Benchmark
  public Forecast forecast() {
    Map<String, CardState> states = new LinkedHashMap<>();
    try (Store open = Store.open(store.data())) {
      open.cardStates(deck.id()).forEach((item, stored) -> states.put(item, stored.state()));
    }
    return readiness.forecast(
        List.of(deck), Map.of(deck.id(), states), store.now(), OptionalInt.empty());
  }
}
