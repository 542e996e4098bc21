package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retain.store.NativeLibrary;

/** Design §5: two sessions can share one store; the busy timeout makes each wait its turn. */
class ConcurrentStudyIT {

  private static final int ANSWERS = 8;
  private static final int ROUNDS = 20;
  private static final int FIRST_RUNS = 8;
  private static final String FIXTURE =
      Path.of("src/test/resources/decks/good/every-type.yaml").toAbsolutePath().toString();

  @TempDir Path data;

  @Test
  void twoSessionsOnAFreshStoreBothFinishAndLoseNoReview() throws Exception {
    var runner = new JarRunner(data, Map.of());
    // both start at once, so they also race to create the file and its schema
    var first =
        LiveProcess.start(runner, "--data", data.toString(), "study", "belarus-russia-2022");
    var second = LiveProcess.start(runner, "--data", data.toString(), "study", FIXTURE);

    for (int i = 0; i < ANSWERS; i++) {
      first.send("answer " + i);
      second.send("answer " + i);
      first.await(line -> line.startsWith("rated "));
      second.await(line -> line.startsWith("rated "));
    }

    assertThat(first.finish()).as(String.join("\n", first.err())).isZero();
    assertThat(second.finish()).as(String.join("\n", second.err())).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(second.err()).isEmpty();
    var rows = ReviewRows.read(data.resolve("retain.db"));
    assertThat(rows).hasSize(2 * ANSWERS);
    assertThat(rows).filteredOn(row -> row.deck().equals("belarus-russia-2022")).hasSize(ANSWERS);
    assertThat(rows).filteredOn(row -> row.deck().equals("every-type")).hasSize(ANSWERS);
  }

  /**
   * Issue 15, item 3: two sessions planned card c1 as new; the second to answer starts from the
   * state the first stored, shows the schedule it saved, and doctor finds the card in step.
   */
  @Test
  void theSecondSessionToAnswerACardStartsFromTheStateTheFirstStored() throws Exception {
    Path deck = oneCardDeck();
    String store = data.resolve("store").toString();
    var runner = new JarRunner(data, Map.of());
    var first = LiveProcess.start(runner, "--data", store, "study", deck.toString());
    first.await(line -> line.equals("Capital of France?"));
    var second = LiveProcess.start(runner, "--data", store, "study", deck.toString());
    second.await(line -> line.equals("Capital of France?"));

    first.send("Paris");
    String firstRated = first.await(line -> line.startsWith("rated "));
    second.send("Paris");
    String secondRated = second.await(line -> line.startsWith("rated "));
    assertThat(first.finish()).as(String.join("\n", first.err())).isZero();
    assertThat(second.finish()).as(String.join("\n", second.err())).isZero();

    List<Map<String, Object>> reviews = reviewStates(Path.of(store, "retain.db"));
    assertThat(reviews).hasSize(2);
    var stored = reviews.get(0);
    var answeredSecond = reviews.get(1);
    assertThat(answeredSecond)
        .containsEntry("prev_state", stored.get("state"))
        .containsEntry("prev_reps", stored.get("reps"))
        .containsEntry("prev_due", stored.get("due"))
        .containsEntry("reps", 2);
    assertThat(firstRated).isEqualTo("rated good: next review in 10 minutes");
    Instant due = Instant.parse((String) answeredSecond.get("due"));
    assertThat(secondRated)
        .isNotEqualTo(firstRated)
        .contains(
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)
                .format(due.atZone(ZoneId.systemDefault())));
    var doctor = runner.run("", "--data", store, "doctor");
    assertThat(doctor.exitCode()).as(doctor.out() + doctor.err()).isZero();
    assertThat(doctor.out()).startsWith("retain.db: ok (2 reviews, 1 card state)");
  }

  /** The after and before states of every review, oldest first, read with plain JDBC. */
  private static List<Map<String, Object>> reviewStates(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT state, reps, due, prev_state, prev_reps, prev_due FROM reviews ORDER BY id")) {
      List<Map<String, Object>> all = new ArrayList<>();
      while (rows.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int column = 1; column <= 6; column++) {
          row.put(rows.getMetaData().getColumnName(column), rows.getObject(column));
        }
        all.add(row);
      }
      return all;
    }
  }

  /**
   * Issue 15, item 2: any number of first runs at once on a new folder all succeed. Each process
   * runs the jar's store code and nothing else ({@link FirstRun}, with the launcher's C1, serial GC
   * and one extracted SQLite library), so 160 JVMs cost what 40 study sessions did: the race is in
   * creating the store.
   */
  @Test
  void eightFirstRunsAtOnceOnOneFreshFolderAllSucceed() throws Exception {
    Path library = NativeLibrary.extractTo(data.resolve("native")).orElseThrow();
    String classPath =
        Path.of(FirstRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            + File.pathSeparator
            + JarRunner.jar();
    for (int round = 0; round < ROUNDS; round++) {
      Path folder = data.resolve("round-" + round);
      List<Process> runs = new ArrayList<>();
      for (int i = 0; i < FIRST_RUNS; i++) {
        runs.add(
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Dorg.sqlite.lib.path=" + library.getParent(),
                    "-Dorg.sqlite.lib.name=" + library.getFileName(),
                    "-cp",
                    classPath,
                    FirstRun.class.getName(),
                    folder.toString())
                .redirectErrorStream(true)
                .start());
      }
      for (Process run : runs) {
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as("round %d: %s", round, output).isZero();
      }
      assertThat(applicationId(folder.resolve("retain.db")))
          .as("round %d", round)
          .isEqualTo("reta");
    }
  }

  private static String applicationId(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet id = statement.executeQuery("PRAGMA application_id")) {
      return id.next()
          ? new String(
              ByteBuffer.allocate(4).putInt(id.getInt(1)).array(), StandardCharsets.US_ASCII)
          : "";
    }
  }

  private Path oneCardDeck() throws Exception {
    Path deck = data.resolve("decks").resolve("one.yaml");
    if (!Files.exists(deck)) {
      Files.createDirectories(deck.getParent());
      Files.writeString(
          deck,
          "retain: 1\nid: one\ntitle: One card\ncards:\n"
              + "  - id: c1\n    q: Capital of France?\n    a: Paris\n    explain: It is Paris.\n");
    }
    return deck;
  }
}
