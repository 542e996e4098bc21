package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final Path FIXTURE = Path.of("src/test/resources/report");
  private static final Path CLASS = FIXTURE.resolve("class");

  @TempDir Path data;
  @TempDir Path work;

  private CliRunner.Result report(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    return new CliRunner(data).run(all);
  }

  @Test
  void textReportMatchesTheGoldenFileWithin80Columns() throws IOException {
    var result = report(CLASS.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Files.readString(FIXTURE.resolve("class-report.txt")));
    assertThat(result.out().lines()).allMatch(line -> line.codePointCount(0, line.length()) <= 80);
  }

  @Test
  void csvHasAHeaderAndOneRowPerItem() {
    var result = report(CLASS.toString(), "--format", "csv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out().split("\n"))
        .hasSize(9)
        .startsWith("item,type,topic,question,students,attempts,facility,sd,discrimination,flags")
        .contains(
            "capital-france,choice,capitals,What is the capital of France?,32,32,100,0,,too easy;"
                + " distractor nobody picks");
  }

  @Test
  void csvCellsFromTheDeckCannotBeFormulas() throws IOException {
    copyClassWith("What is the capital of France?", "=1+1");

    var result = report(work.toString(), "--format", "csv");

    assertThat(result.out()).contains("capital-france,choice,capitals,").doesNotContain(",=1+1,");
  }

  @Test
  void jsonHasEveryFigureAndNullForUndefinedOnes() {
    var result = report(CLASS.toString(), "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .contains("\"alpha\": 0.5922,")
        .contains("\"alphaIsKr20\": false,")
        .contains("\"item\": \"capital-france\",")
        .contains("\"discrimination\": null,")
        .contains("\"kind\": \"negative_discrimination\",");
  }

  @Test
  void htmlIsOneSelfContainedPageWithTheFiguresChartsAndEscapedText() throws IOException {
    copyClassWith("What is the capital of Australia?", "Is <b>Sydney</b> & co the capital?");

    var result = report(work.toString(), "--format", "html");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    String page = result.out();
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<td class=\"n\" data-v=\"-15.9735\">-16%</td>")
        .contains("<td class=\"n\" data-v=\"\">undefined</td>")
        .contains("Is &lt;b&gt;Sydney&lt;/b&gt; &amp; co the capital?")
        .contains("aria-label=\"Score distribution\"")
        .contains("aria-label=\"Facility against discrimination\"")
        .contains("aria-label=\"Mean score per topic\"")
        .doesNotContain("<b>Sydney</b>")
        .doesNotContainPattern("(src|href)=")
        .doesNotContain("<link");
    assertThat(page.split("<circle", -1)).hasSize(8);
  }

  @Test
  void malformedFilesAreNamedWithTheirLineSkippedAndExitTwo() throws IOException {
    copyClassWith("", "");
    Files.writeString(work.resolve("broken.json"), "{\n  \"format\": 2,\n  \"deck\": oops\n}\n");

    var result = report(work.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .contains(work.resolve("broken.json") + ":3:11: error: expected a value, found 'o'\n")
        .endsWith("error: 1 file(s) skipped; the report leaves them out\n")
        .doesNotContain("Exception");
    assertThat(result.out()).contains("32 students");
  }

  @Test
  void aStudentsLaterReportReplacesTheEarlierOneAndIsSaid() throws IOException {
    copyClassWith("", "");
    Files.copy(CLASS.resolve("student-01.json"), work.resolve("zz-resubmitted.json"));

    var result = report(work.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err())
        .contains(
            "note: student 'Student 01' has 2 reports; the last one counts: "
                + work.resolve("zz-resubmitted.json"));
    assertThat(result.out()).contains("32 students");
  }

  @Test
  void reportsOfAnotherDeckVersionAreComparedOnCommonItemsOrRefusedWhenStrict() throws IOException {
    copyClassWith("", "");
    String other =
        Files.readString(CLASS.resolve("student-02.json"))
            .replace("\"Student 02\"", "\"Late Student\"")
            .replaceFirst("\"hash\": \"[0-9a-f]+\"", "\"hash\": \"0000000000000000\"")
            .replace("\"card\": \"rhine-mouth\"", "\"card\": \"rhine-source\"");
    Files.writeString(work.resolve("late.json"), other);

    var mixed = report(work.toString());
    var strict = report(work.toString(), "--strict");

    assertThat(mixed.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(mixed.err())
        .contains("note: 1 report(s) graded against class-quiz (version 0000000000000000)\n")
        .contains("only the 7 items they all have are compared");
    assertThat(mixed.out()).contains("33 students, 7 items");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void aFormatTheReportDoesNotHaveIsBadUsage() {
    var result = report(CLASS.toString(), "--format", "tap");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("'report' writes text, csv, json, html, not 'tap'");
  }

  private void copyClassWith(String from, String to) throws IOException {
    try (var files = Files.list(CLASS)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        Files.writeString(
            work.resolve(file.getFileName()), from.isEmpty() ? text : text.replace(from, to));
      }
    }
  }
}
