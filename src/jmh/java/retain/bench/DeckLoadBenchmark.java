package retain.bench;

import java.nio.charset.StandardCharsets;
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
import retain.deck.DeckLoader;
import retain.yaml.Loaded;

/**
 * Parsing and validating a generated deck, warnings included: what {@code retain lint} does per
 * file (budget: 100,000 items under 3 s, heap under 256 MB; bench/scale.sh measures the jar).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class DeckLoadBenchmark {

  @Param({"1000", "10000", "100000"})
  public int items;

  private byte[] yaml;

  @Setup
  public void generate() {
    yaml = DeckGenerator.deck("bench-" + items, items, 8).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public Loaded<Deck> load() {
    Loaded<Deck> result = DeckLoader.load("bench-" + items + ".yaml", yaml);
    if (result.hasErrors()) {
      throw new IllegalStateException(result.problems().get(0).render());
    }
    return result;
  }
}
