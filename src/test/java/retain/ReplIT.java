package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real REPL in a real terminal (tmux): completion, a question, an answer with its feedback and
 * rating, Ctrl-C back to the prompt with everything saved, and {@code quit}.
 */
class ReplIT {

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Assumptions.assumeTrue(
        Tmux.available(), "tmux is not installed: the terminal REPL is untested");
  }

  private String launch(Path data) {
    return launch(temp, "XDG_DATA_HOME='" + data + "'", "") + "; echo \"exited $?\"; sleep 60";
  }

  /**
   * The shell command that starts the jar's REPL in {@code home} with {@code environment} set and
   * {@code options} after the jar.
   */
  static String launch(Path home, String environment, String options) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "cd '"
        + home
        // a home of its own, and no RETAIN_DATA from the build's environment: the REPL must never
        // write to the data or history of whoever runs the tests
        + "' && env -u RETAIN_DATA HOME='"
        + home
        + "' "
        + environment
        + " XDG_CONFIG_HOME='"
        + home.resolve("config")
        + "' TERM=xterm-256color '"
        + java
        + "' -jar '"
        + JarRunner.jar()
        + "' "
        + options;
  }

  @Test
  void studyInTheReplAndLeaveWithNothingLost() throws Exception {
    Path data = temp.resolve("data");
    try (Tmux tmux = Tmux.start(launch(data))) {
      tmux.await(screen -> screen.endsWith("retain ›"));

      tmux.type("stu");
      tmux.send("Tab");
      tmux.await(screen -> screen.endsWith("retain › study"));

      tmux.type("belarus-russia-2022 --limit 2");
      tmux.send("Enter");
      String question = tmux.await(screen -> screen.endsWith("›") && screen.contains("[1/2]"));
      assertThat(question)
          .contains("[1/2] ▱▱▱▱▱▱▱▱▱▱ dates")
          .contains("On what date did Putin visit Minsk, his first trip there in three years?");

      tmux.type("19 December 2022");
      tmux.send("Enter");
      String feedback = tmux.await(screen -> screen.endsWith("rate ›"));
      assertThat(feedback).contains("right: 19 December 2022").contains("Enter: good · 1 again: ");

      tmux.send("Enter");
      tmux.await(screen -> screen.contains("[2/2]") && screen.endsWith("›"));
      tmux.send("C-c");
      // the card answered right comes back in 10 minutes: due today, so the prompt counts it
      String summary = tmux.await(screen -> screen.endsWith("retain (1 due) ›"));
      assertThat(summary)
          .contains("belarus-russia-2022: 1 answered, 1 right (100%)")
          .doesNotContain("Exception");

      tmux.type("quit");
      tmux.send("Enter");
      assertThat(tmux.await(screen -> screen.contains("exited "))).endsWith("exited 0");
    }

    assertThat(Files.readString(data.resolve("retain/history")))
        .contains("study belarus-russia-2022 --limit 2")
        .doesNotContain("19 December 2022");
    var saved =
        new JarRunner(temp, Map.of("XDG_DATA_HOME", data.toString()))
            .run("", "history", "--format", "csv");
    assertThat(saved.out().lines().filter(line -> line.contains(",minsk-visit,"))).hasSize(1);
  }

  @Test
  void ctrlCWhileLintRunsEndsTheLineBeforeLintsOutput() throws Exception {
    // big enough that lint is still reading it when Ctrl-C comes; every card has a problem
    StringBuilder deck = new StringBuilder("id: big\ntitle: Big\ncards:\n");
    for (int card = 0; card < 15_000; card++) {
      deck.append("  - id: c")
          .append(card)
          .append("\n    q: Q?\n    a: A\n    explain: E\n    bogus: 1\n");
    }
    Files.writeString(temp.resolve("big.yaml"), deck);
    try (Tmux tmux = Tmux.start(launch(temp.resolve("data")))) {
      tmux.await(screen -> screen.endsWith("retain ›"));
      tmux.type("lint big.yaml");
      tmux.send("Enter");
      tmux.await(screen -> screen.endsWith("lint big.yaml"));
      Thread.sleep(300);
      tmux.send("C-c");
      String screen = tmux.await(s -> s.contains("big.yaml:8:5") && s.endsWith("retain ›"));

      assertThat(screen.lines().filter(line -> line.startsWith("^C"))).containsOnly("^C");
    }
  }
}
