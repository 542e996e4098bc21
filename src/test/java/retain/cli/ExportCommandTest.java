package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.stats.SeededHistory;

class ExportCommandTest {

  private static final String DECK = SeededHistory.DECK.toString();

  @TempDir Path data;

  @Test
  void csvHasAHeaderAndOneRowPerItemEndedByCrlf() throws IOException {
    Path file = data.resolve("every-type.csv");

    var result = new CliRunner(data).run("export", DECK, "--to", "csv", "-o", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    String csv = Files.readString(file);
    assertThat(csv)
        .startsWith(
            "id,type,topic,tags,question,answer,explain,ref\r\n"
                + "short-one,short,misc,names people,Who leads Belarus?,Lukashenka,"
                + "In office since 1994.,Introduction\r\n")
        .contains(
            "multi-one,multi,,,Which spheres were named?,\"industry, transport, energy\","
                + "Three spheres.,\r\n")
        .contains(
            "cloze-one.2,cloze,,,The Union State joins [...] and Russia.,Belarus,"
                + "\"Two blanks, two items.\",\r\n");
    assertThat(csv.split("\r\n")).hasSize(15);
  }

  @Test
  void jsonHasTheDeckFilesKeys() {
    var result = new CliRunner(data).run("export", DECK, "--to", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith(
            """
            {
              "retain": 1,
              "id": "every-type",
              "title": "One card of every type",
              "description": "A fixture for loader and grader tests.",
              "source": "Test fixture",
              "topics": {
                "dates": "When things happened",
                "misc": "Everything else"
              },
              "cards": [
                {
                  "id": "short-one",
            """)
        .contains(
            """
                  "pairs": {
                    "Putin": "President of Russia",
                    "Lukashenka": "President of Belarus"
                  },
            """)
        .endsWith("}\n");
  }

  @Test
  void ankiGoesToTheOutputFile() throws IOException {
    Path file = data.resolve("every-type.txt");

    var result = new CliRunner(data).run("export", DECK, "--to", "anki", "-o", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("#separator:tab\n#html:false\n");
  }

  @Test
  void giftWarnsOncePerCardThatLosesSomething() throws IOException {
    Path file = data.resolve("every-type.gift.txt");

    var result = new CliRunner(data).run("export", DECK, "--to", "gift", "-o", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err().lines())
        .hasSize(7)
        .allMatch(line -> line.startsWith("retain: warning: " + DECK + "/"))
        .anyMatch(
            line ->
                line.endsWith(
                    "/order-one: order written as matching of positions (GIFT has no ordering)"));
    assertThat(Files.readString(file)).startsWith("$CATEGORY: $course$/top/every-type/misc\n");
  }

  @Test
  void moodleXmlIsTypedWithAHyphen() {
    var result = new CliRunner(data).run("export", DECK, "--to", "moodle-xml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    assertThat(result.err().lines()).hasSize(3);
  }

  @Test
  void unknownTargetIsBadUsage() {
    var result = new CliRunner(data).run("export", DECK, "--to", "xlsx");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).startsWith("retain: Invalid value for option '--to'");
  }
}
