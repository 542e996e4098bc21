package retain.bench;

import java.time.Duration;
import java.time.Instant;
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
import retain.schedule.CardState;
import retain.schedule.FsrsParameters;
import retain.schedule.Outcomes;
import retain.schedule.Rating;
import retain.schedule.Scheduler;

/** One FSRS step: the four outcomes a session computes before each rating (with fuzz). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FsrsBenchmark {

  @Param({"new", "review"})
  public String card;

  private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults(), 0);
  private CardState state;
  private Instant now;

  @Setup
  public void card() {
    Instant created = StoreGenerator.START;
    state = CardState.newCard(created);
    now = created;
    if (card.equals("review")) {
      for (int review = 0; review < 4; review++) {
        now = state.due().plus(Duration.ofHours(3));
        state = scheduler.review(state, Rating.GOOD, now);
      }
      now = state.due().plus(Duration.ofDays(2));
    }
  }

  @Benchmark
  public Outcomes step() {
    return scheduler.outcomes(state, now);
  }
}
