package retain.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import retain.yaml.Loaded;

/** Mutated decks never make the loader throw: every outcome is a deck or located problems. */
class DeckLoaderFuzzTest {

  private static final byte[] VALID = read();

  private static byte[] read() {
    try {
      return Files.readAllBytes(Path.of("src/test/resources/decks/good/every-type.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 500)
  void mutatedDecksGiveADeckOrLocatedProblems(
      @ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, Byte>> edits) {
    byte[] bytes = VALID.clone();
    for (var edit : edits) {
      bytes = apply(bytes, edit.get1(), edit.get2(), edit.get3());
    }

    Loaded<Deck> result = DeckLoader.load("fuzz.yaml", bytes);

    assertThat(result.value().isPresent()).isNotEqualTo(result.hasErrors());
    assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
  }

  @Provide
  Arbitrary<List<Tuple.Tuple3<Integer, Integer, Byte>>> mutations() {
    var kind = Arbitraries.integers().between(0, 3);
    var position = Arbitraries.integers().between(0, VALID.length - 1);
    var value =
        Arbitraries.of(
            (byte) ' ',
            (byte) '\t',
            (byte) ':',
            (byte) '-',
            (byte) '\n',
            (byte) '[',
            (byte) '{',
            (byte) '&',
            (byte) '*',
            (byte) '!',
            (byte) '"',
            (byte) 'x',
            (byte) 0xC3,
            (byte) 0);
    return net.jqwik.api.Combinators.combine(kind, position, value)
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  /** 0 replaces a byte, 1 inserts one, 2 deletes one, 3 duplicates the line around it. */
  private static byte[] apply(byte[] bytes, int kind, int at, byte value) {
    int i = Math.min(at, bytes.length - 1);
    if (bytes.length == 0) {
      return bytes;
    }
    return switch (kind) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[i] = value;
        yield copy;
      }
      case 1 -> splice(bytes, i, 0, new byte[] {value});
      case 2 -> splice(bytes, i, 1, new byte[0]);
      default -> {
        int start = i;
        while (start > 0 && bytes[start - 1] != '\n') start--;
        int end = i;
        while (end < bytes.length && bytes[end] != '\n') end++;
        byte[] line = java.util.Arrays.copyOfRange(bytes, start, Math.min(end + 1, bytes.length));
        yield splice(bytes, start, 0, line);
      }
    };
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }
}
