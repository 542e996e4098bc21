package retain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class page as a browser shows it: rendered by headless Chromium to a PNG that is not blank,
 * with the SVG charts in the live DOM. Skipped, with the reason, where no Chromium is installed.
 */
class ReportHtmlIT {

  @TempDir Path temp;

  @Test
  void headlessChromiumRendersThePageWithItsCharts() throws Exception {
    Optional<String> chromium = chromium();
    assumeTrue(
        chromium.isPresent(),
        "no chromium-headless-shell or chromium on PATH: the HTML page was not rendered");
    Path page = temp.resolve("class.html");
    var result =
        new JarRunner(temp, java.util.Map.of())
            .run(
                "",
                "report",
                Path.of("src/test/resources/report/class").toAbsolutePath().toString(),
                "--format",
                "html",
                "-o",
                page.toString());
    assertThat(result.exitCode()).isZero();

    Path png = temp.resolve("class.png");
    browse(
        chromium.get(), "--screenshot=" + png, "--window-size=1000,2400", page.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(10);

    String dom = browse(chromium.get(), "--dump-dom", page.toUri().toString());
    assertThat(dom.split("<svg", -1)).as("SVG charts").hasSizeGreaterThanOrEqualTo(4);
    assertThat(dom).contains("<circle").contains("capital-australia").contains("-16%");
  }

  private String browse(String chromium, String... args) throws IOException, InterruptedException {
    var command =
        new java.util.ArrayList<>(
            java.util.List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu"));
    command.addAll(java.util.List.of(args));
    Path out = temp.resolve("chromium.out");
    Process process =
        new ProcessBuilder(command)
            .directory(temp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(temp.resolve("chromium.err").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return Files.readString(out);
  }

  private static Optional<String> chromium() {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .flatMap(
            dir -> Stream.of("chromium-headless-shell", "chromium").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }
}
