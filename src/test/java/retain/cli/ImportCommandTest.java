package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.stats.SeededHistory;

class ImportCommandTest {

  @TempDir Path data;

  @Test
  void ankiExportImportsBackToAnEquivalentDeckWithTheSameIds() throws IOException {
    Path anki = data.resolve("every-type.txt");
    Path yaml = data.resolve("every-type.yaml");
    var runner = new CliRunner(data);
    runner.run("export", SeededHistory.DECK.toString(), "--to", "anki", "-o", anki.toString());

    var result = runner.run("import", anki.toString(), "--from", "anki", "-o", yaml.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
    assertThat(Files.readString(yaml))
        .startsWith(
            """
            retain: 1
            id: "every-type"
            title: "One card of every type"
            cards:
              - id: "short-one"
                type: "short"
                topic: "misc"
                tags: ["names", "people"]
                q: "Who leads Belarus?"
                a: "Lukashenka"
                explain: "In office since 1994."
            """);
    assertThat(Files.readString(yaml)).contains("  - id: \"cloze-one\"\n    type: \"cloze\"\n");
    assertThat(runner.run("lint", yaml.toString()).out())
        .isEqualTo("1 file, 14 items: 0 errors, 0 warnings\n");
  }

  @Test
  void csvGoesToStandardOutput() throws IOException {
    Path csv = data.resolve("capitals.csv");
    Files.writeString(csv, "question,answer,explain\nCapital of Belarus?,Minsk,Since 1991.\n");

    var result = new CliRunner(data).run("import", csv.toString(), "--from", "csv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .isEqualTo(
            """
            retain: 1
            id: "capitals"
            title: "capitals"
            cards:
              - id: "capital-of-belarus"
                q: "Capital of Belarus?"
                a: "Minsk"
                explain: "Since 1991."
            """);
  }

  @Test
  void aDeckWithErrorsIsNotWritten() throws IOException {
    Path csv = data.resolve("bad.csv");
    Path yaml = data.resolve("bad.yaml");
    Files.writeString(csv, "Capital of Belarus?,Minsk,people,Since 1991.\n");

    var result =
        new CliRunner(data)
            .run(
                "import", csv.toString(), "--from", "csv", "--id", "Bad Id", "-o", yaml.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            yaml
                + ":2:5: error: deck id must be lowercase letters, digits and hyphens ([a-z0-9-]+),"
                + " found 'Bad Id'\nretain: "
                + csv
                + " makes a deck with errors; nothing written\n");
    assertThat(yaml).doesNotExist();
  }

  @Test
  void giftRoundTripOfTheEveryTypeDeckLintsClean() throws IOException {
    Path gift = data.resolve("every-type.gift.txt");
    Path yaml = data.resolve("every-type.yaml");
    var runner = new CliRunner(data);
    runner.run("export", SeededHistory.DECK.toString(), "--to", "gift", "-o", gift.toString());

    var result = runner.run("import", gift.toString(), "--from", "gift", "-o", yaml.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
    assertThat(runner.run("lint", yaml.toString()).out())
        .isEqualTo("1 file, 14 items: 0 errors, 0 warnings\n");
  }

  @Test
  void badGiftIsLocatedSummedUpAndNothingIsWritten() throws IOException {
    Path gift = data.resolve("bad.gift.txt");
    Path yaml = data.resolve("bad.yaml");
    Files.writeString(gift, "Which city?{=Minsk ~Brest\n\nGood?{T}\n\nWhich lake? {Naroch}\n");

    var result =
        new CliRunner(data).run("import", gift.toString(), "--from", "gift", "-o", yaml.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .isEqualTo(
            gift
                + ":1:12: error: unclosed '{': the answers need a closing '}'\n"
                + gift
                + ":5:14: error: unknown question type: answers start with = (right), ~ (wrong)"
                + " or # (numerical), or are T or F; found 'Naroch'\n"
                + "retain: "
                + gift
                + ": 2 errors; nothing written\n");
    assertThat(yaml).doesNotExist();
  }

  @Test
  void moodleXmlWithADoctypeIsRefused() throws IOException {
    Path xml = data.resolve("xxe.xml");
    Files.writeString(
        xml,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<quiz>&x;</quiz>\n");

    var result = new CliRunner(data).run("import", xml.toString(), "--from", "moodle-xml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(xml + ":2:")
        .contains(
            "error: a document type declaration (<!DOCTYPE) is not allowed: its entities could"
                + " read files or expand without end\n")
        .endsWith("retain: " + xml + ": 1 error; nothing written\n");
  }

  @Test
  void missingFileIsBadInput() {
    var result = new CliRunner(data).run("import", "nope.csv", "--from", "csv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).isEqualTo("retain: cannot read nope.csv: no such file\n");
  }

  @Test
  void anExistingDeckIsOverwrittenOnlyWithForce() throws IOException {
    Path csv = Files.writeString(data.resolve("new.csv"), "Capital of Belarus?,Minsk\n");
    Path edited = Files.writeString(data.resolve("mine.yaml"), "my edited deck\n");
    var runner = new CliRunner(data);

    var refused = runner.run("import", csv.toString(), "--from", "csv", "-o", edited.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err())
        .isEqualTo("retain: " + edited + " exists; add --force to overwrite it\n");
    assertThat(Files.readString(edited)).isEqualTo("my edited deck\n");

    var forced =
        runner.run("import", csv.toString(), "--from", "csv", "-o", edited.toString(), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(edited)).contains("Minsk");
  }
}
