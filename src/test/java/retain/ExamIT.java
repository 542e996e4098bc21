package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** retain exam as a coursework script runs it: the jar, no terminal, exit codes and reports. */
class ExamIT {

  private static final String DECK = "src/test/resources/decks/good/every-type.yaml";
  private static final String ANSWERS = "src/test/resources/exam/good.yaml";

  private static JarRunner.Result exam(String... options) throws Exception {
    String[] args = new String[options.length + 4];
    System.arraycopy(new String[] {"exam", DECK, "--answers", ANSWERS}, 0, args, 0, 4);
    System.arraycopy(options, 0, args, 4, options.length);
    return new JarRunner(Path.of("."), Map.of()).run("", args);
  }

  @ParameterizedTest(name = "--format {0} --pass {1} exits {2}")
  @CsvSource({"text,50,0", "json,50,0", "junit,90,1", "tap,90,1"})
  void everyFormatExitsByThePassMark(String format, String pass, int exitCode) throws Exception {
    var result = exam("--format", format, "--pass", pass);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    assertThat(result.out()).contains("every-type");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void junitReportParsesAsXml() throws Exception {
    var result = exam("--format", "junit");

    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(14);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(7);
  }

  @Test
  void invalidAnswersFileExitsTwoWithItsLocation() throws Exception {
    var result =
        new JarRunner(Path.of("."), Map.of())
            .run("", "exam", DECK, "--answers", "src/test/resources/exam/unknown-card.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown-card.yaml:4:3: error:").doesNotContain("Exception");
  }
}
