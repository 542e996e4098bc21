package retain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retain paper --format html as an instructor prints it: the jar, then a headless browser. */
class PaperIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium-headless-shell");

  @TempDir Path folder;

  @Test
  void htmlPaperIsAPageThatRendersWithText() throws Exception {
    var result =
        new JarRunner(Path.of("."), Map.of())
            .run(
                "",
                "paper",
                "decks/belarus-russia-2022.yaml",
                "--student",
                "Jane Doe",
                "--count",
                "12",
                "--format",
                "html");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("<!DOCTYPE html>")
        .contains("break-inside: avoid")
        .contains("Paper: student Jane Doe · 12 questions")
        .endsWith("</html>\n");

    // skipped visibly, as the rules ask, where Debian's chromium-headless-shell is not installed
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": the rendering is not checked");
    Path page = Files.writeString(folder.resolve("paper.html"), result.out());
    Path png = folder.resolve("paper.png");
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--no-sandbox",
                "--disable-gpu",
                "--window-size=794,1123",
                "--screenshot=" + png,
                page.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("chromium.log").toFile())
            .start();
    assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(darkPixels(image)).as("ink on the first page").isGreaterThan(2_000);
  }

  private static long darkPixels(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        dark += grey < 128 ? 1 : 0;
      }
    }
    return dark;
  }
}
