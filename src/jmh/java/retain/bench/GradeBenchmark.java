package retain.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import retain.deck.CardType;
import retain.deck.Deck;
import retain.deck.Item;
import retain.grade.Grader;
import retain.grade.Presentation;
import retain.grade.Response;
import retain.grade.Verdict;

/**
 * Grading one typed answer (budget: under 1 ms), for each type, right and wrong, on the first card
 * of that type in the shipped deck. A wrong answer is another card's right answer, so it parses and
 * reaches the typo check, as a confused student's would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradeBenchmark {

  @Param({"SHORT", "CHOICE", "MULTI", "TRUEFALSE", "NUMERIC", "DATE", "CLOZE", "ORDER", "MATCH"})
  public CardType type;

  @Param({"right", "wrong"})
  public String answer;

  private Item item;
  private Response response;

  @Setup
  public void pickItemAndAnswer() {
    List<Item> ofType =
        shippedDeck().items().stream().filter(each -> each.card().type() == type).toList();
    item = ofType.get(0);
    boolean right = answer.equals("right");
    response =
        Stream.concat(
                ofType.stream().map(Grader::expected),
                Stream.of(
                    "true",
                    "false",
                    "1 January 1900",
                    "0",
                    "a b c",
                    "a b c d",
                    "a b c d e",
                    "no idea"))
            .map(Response::text)
            .filter(candidate -> grade(candidate).correct() == right)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + answer + " answer for " + type));
  }

  @Benchmark
  public Verdict grade() {
    return grade(response);
  }

  private Verdict grade(Response given) {
    return Grader.grade(item, given, Presentation.DECK_ORDER);
  }

  static Deck shippedDeck() {
    try (InputStream in =
        GradeBenchmark.class.getResourceAsStream("/retain/decks/belarus-russia-2022.yaml")) {
      return GeneratedStore.load("belarus-russia-2022", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
