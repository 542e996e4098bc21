package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Design §3: with piped input, study reads one answer per line, prints plain text and ends with a
 * summary; {@code --now} and {@code --seed} reproduce a session exactly.
 */
class PipedStudyIT {

  private static final String ANSWERS =
      String.join(
              "\n",
              "19 December 2022",
              ":hint",
              "3 December 2022",
              ":skip",
              "21 December 2022",
              ":undo",
              "21 December 2022")
          + "\n"
          // wrong answers on to the two order cards, whose items are shown shuffled by the seed
          + "x\n".repeat(8);

  @TempDir Path temp;

  private JarRunner.Result study(String store) throws Exception {
    return new JarRunner(temp, Map.of())
        .run(
            ANSWERS,
            "--data",
            temp.resolve(store).toString(),
            "--now",
            "2022-12-19T10:00:00Z",
            "--seed",
            "7",
            "study",
            "belarus-russia-2022");
  }

  @Test
  void pipedStudyIsPlainTextEndingWithTheSummaryAndNowAndSeedReproduceIt() throws Exception {
    var result = study("first");
    var again = study("second");

    assertThat(again.out()).isEqualTo(result.out());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).doesNotContain("\u001b");
    assertThat(result.out().lines().toList())
        .containsSubsequence(
            "> :hint",
            "hint: Early in the month, well before Putin's trip. (a right answer now counts as Hard)",
            "> 3 December 2022",
            "right: 3 December 2022",
            "rated hard: next review in 6 minutes",
            "> :skip",
            "skipped security-agreement-year; it keeps its schedule",
            "> :undo",
            "took back your answer to zapad-announcement-date; it is asked again",
            "[11/29] dates")
        .endsWith(
            "belarus-russia-2022: 11 answered, 3 right (27%)",
            "  dates            3/11 right", "due by the end of tomorrow: 11");
  }
}
