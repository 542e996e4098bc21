package retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest {

  private static final String REVLOG = "src/test/resources/fsrs/optimizer/public-101.csv";

  @TempDir Path data;

  private Path config() {
    return data.resolve("config/retain/config.yaml");
  }

  @Test
  void printsFittedWeightsAndHowEachSetPredictsTheNewestFifth() {
    var result = new CliRunner(data).run("optimize", "--revlog", REVLOG);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("fitted weights:\n0.3232, 0.7727, 2.3760, 9.2800,")
        .contains("held-out reviews: 11421 (the newest fifth; 57422 reviews of 800 cards read)\n")
        .contains("defaults      0.6095      18.33%\n")
        .contains("fitted        0.4970       3.55%\n");
  }

  @Test
  void jsonHasTheParametersCountsAndEvaluation() {
    var result = new CliRunner(data).run("optimize", "--revlog", REVLOG, "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out())
        .startsWith("{\n  \"parameters\": [\n    0.3231")
        .contains("\"reviews\": 57422,\n  \"cards\": 800,\n  \"evaluation\": {")
        .contains("\"heldOutReviews\": 11421");
  }

  @Test
  void applyWritesTheWeightsKeepingTheOldOnesAndOtherSettingsAndNeverReplacesBetterOnes()
      throws IOException {
    Files.createDirectories(config().getParent());
    Files.writeString(config(), "desired_retention: 0.85\nfuzz: false\n");

    var first = new CliRunner(data).run("optimize", "--revlog", REVLOG, "--apply");
    String written = Files.readString(config());
    var second = new CliRunner(data).run("optimize", "--revlog", REVLOG, "--apply");

    assertThat(first.out()).endsWith("wrote the weights to " + config() + "\n");
    assertThat(written)
        .startsWith("desired_retention: 0.85\nfuzz: false\n")
        .contains(
            "# weights before retain optimize on 2022-12-19: [0.2120, 1.2931, 2.3065, 8.2956,")
        .contains("\nweights: [0.3232, 0.7727, 2.3760, 9.2800,");
    assertThat(second.out())
        .contains("current       0.4970")
        .endsWith("config.yaml unchanged: the current weights predict as well or better\n");
    assertThat(Files.readString(config())).isEqualTo(written);
    try (var leftovers = Files.list(config().getParent())) {
      assertThat(leftovers).containsExactly(config());
    }
  }

  @Test
  void tooFewReviewsSayWhatIsMissingAndExitOne() throws IOException {
    Path log = data.resolve("small.csv");
    Files.writeString(
        log,
        "card_id,review_time,review_rating,review_state,review_duration\n"
            + "1,0,3,0,1\n1,86400000,3,2,1\n2,0,1,0,1\n");

    var result = new CliRunner(data).run("optimize", "--revlog", log.toString(), "--apply");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "retain optimize: not enough reviews yet: only 1 review came on a later day than the"
                + " card's previous review; at least 64 are needed\n");
    assertThat(config()).doesNotExist();
  }

  @Test
  void aBadRevlogRowIsNamedAndExitsTwo() throws IOException {
    Path log = data.resolve("bad.csv");
    Files.writeString(
        log, "card_id,review_time,review_rating,review_state,review_duration\n1,0,9,0,1\n");

    var result = new CliRunner(data).run("optimize", "--revlog", log.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err())
        .contains(log + ":2:5: error: review_rating must be 1 (Again) to 4 (Easy), found 9");
  }

  @Test
  void anEmptyStoreHasNothingToFit() {
    var result = new CliRunner(data).run("optimize");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(result.err()).contains("only 0 reviews came on a later day");
  }
}
