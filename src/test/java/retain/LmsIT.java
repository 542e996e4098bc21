package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar moving the shipped deck to a Moodle question bank and back. */
class LmsIT {

  @TempDir Path dir;

  @Test
  void shippedDeckGoesToGiftAndMoodleXmlAndComesBackLintClean() throws Exception {
    var runner = new JarRunner(dir, Map.of("XDG_DATA_HOME", dir.toString()));
    String shipped = runner.run("", "lint", "belarus-russia-2022").out();
    assertThat(shipped).endsWith(" items: 0 errors, 0 warnings\n");
    for (String format : new String[] {"gift", "moodle-xml"}) {
      Path exported = dir.resolve("belarus." + format);
      Path deck = dir.resolve("belarus-" + format + ".yaml");

      var export =
          runner.run(
              "", "export", "belarus-russia-2022", "--to", format, "-o", exported.toString());
      var back =
          runner.run("", "import", exported.toString(), "--from", format, "-o", deck.toString());
      var lint = runner.run("", "lint", deck.toString());

      assertThat(export.exitCode()).as(export.err()).isZero();
      assertThat(back.exitCode()).as(back.err()).isZero();
      assertThat(back.err()).isEmpty();
      assertThat(lint.out()).isEqualTo(shipped);
    }
  }

  @Test
  void brokenGiftExitsTwoWithoutAStackTraceOrAFile() throws Exception {
    Path gift = dir.resolve("broken.gift");
    Path deck = dir.resolve("broken.yaml");
    Files.writeString(gift, "Which city?{=Minsk\n");

    var result =
        new JarRunner(dir, Map.of("XDG_DATA_HOME", dir.toString()))
            .run("", "import", gift.toString(), "--from", "gift", "-o", deck.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(gift + ":1:12: error: unclosed '{'")
        .doesNotContain("Exception");
    assertThat(deck).doesNotExist();
  }
}
