package retain.exam;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Which exam paper a student answered: the one printed with {@code --seed}, for a student's name,
 * for both, or else the default paper. An answers file names it with the same keys, so {@code
 * retain exam} grades letters against what the student saw (issue 13).
 *
 * @param seed the seed the paper was printed with, when one was given
 * @param student the name the paper was printed for, when one was given
 */
public record PaperId(Optional<Long> seed, Optional<String> student) {

  /** The paper printed without {@code --seed} or {@code --student}. */
  public static final PaperId DEFAULT = new PaperId(Optional.empty(), Optional.empty());

  /**
   * The number every shuffle and sample of the paper is drawn from. A seed with a name gives the
   * student a paper of their own within that seed, so a course can print new papers each term.
   */
  public long number() {
    long byName = student.map(PaperId::ofName).orElse(0L);
    return seed.map(value -> student.isPresent() ? byName ^ (value * 0x9E3779B97F4A7C15L) : value)
        .orElse(byName);
  }

  /** How a report names the paper: {@code student Jane Doe, seed 42}, or {@code default}. */
  public String describe() {
    String who = student.map(name -> "student " + name).orElse("");
    String seeded = seed.map(value -> "seed " + value).orElse("");
    String both = who.isEmpty() || seeded.isEmpty() ? who + seeded : who + ", " + seeded;
    return both.isEmpty() ? "default" : both;
  }

  /**
   * A name's number: FNV-1a over the name with case, accents' composition and runs of spaces evened
   * out, so {@code Jane Doe} on the paper and {@code jane doe} in the answers agree.
   */
  private static long ofName(String name) {
    String even =
        Normalizer.normalize(name, Normalizer.Form.NFC)
            .strip()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    long hash = 0xcbf29ce484222325L;
    for (byte b : even.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }
}
