package retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: no deck and no answer can drive the terminal. Lint refuses control characters in deck
 * text, and every command that prints deck text or a stored answer shows one (ESC, BEL, C1) as
 * {@code \u001b}, never sends it.
 */
class TerminalEscapesIT {

  /** C0 but tab and newline, DEL and C1: what a terminal acts on instead of showing. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");

  private static final String HOSTILE =
      """
      retain: 1
      id: hostile
      title: "Hostile \\e]0;pwned\\a deck"
      cards:
        - id: c1
          topic: "top\\e[2Jic"
          q: "Question \\e[2J\\e]0;pwned\\a \\x9b"
          a: Minsk
          explain: "Because \\e]8;;http://evil\\e\\\\link\\e]8;;\\e\\\\"
        - id: c2
          type: choice
          topic: "top\\e[2Jic"
          q: Where?
          choices: ["Min\\e[31msk", Moscow]
          a: "Min\\e[31msk"
          explain: Choices.
      """;

  private static final String PLAIN =
      """
      retain: 1
      id: plain
      title: Plain
      cards:
        - id: c1
          q: Capital of Belarus?
          a: Minsk
          explain: Since 1991.
      """;

  @TempDir Path temp;
  private Path decks;

  @BeforeEach
  void decks() throws Exception {
    decks = Files.createDirectories(temp.resolve("decks"));
    Files.writeString(decks.resolve("hostile.yaml"), HOSTILE);
    Files.writeString(decks.resolve("plain.yaml"), PLAIN);
  }

  private JarRunner.Result retain(String input, String... args) throws Exception {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--data",
                temp.resolve("data").toString(),
                "--decks",
                decks.toString(),
                "--now",
                "2022-12-19T10:00:00Z",
                "--seed",
                "7"));
    all.addAll(List.of(args));
    JarRunner.Result result = new JarRunner(temp, Map.of()).run(input, all.toArray(String[]::new));
    assertThat(CONTROL.matcher(result.out()).find())
        .as("stdout of %s: %s", all, result.out())
        .isFalse();
    assertThat(CONTROL.matcher(result.err()).find())
        .as("stderr of %s: %s", all, result.err())
        .isFalse();
    return result;
  }

  @Test
  void noCommandSendsAControlCharacterFromADeckOrAnAnswer() throws Exception {
    JarRunner.Result lint = retain("", "lint", decks.resolve("hostile.yaml").toString());
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out() + lint.err())
        .contains("hostile.yaml:3:8: error: this value holds the control character U+001B");
    retain("", "decks");
    retain("Min\u001b[2Jsk\nb\n", "study", "hostile");
    retain("Min\u001b[2Jsk\nb\n", "quiz", "hostile");
    retain("", "show", "hostile");
    retain("", "show", "hostile/c1");
    retain("", "stats", "hostile");
    retain("", "plan", "hostile", "--exam", "2023-01-10");

    assertThat(retain("Min\u001b[2Jsk\u0007\n", "study", "plain").out())
        .contains("> Min\\u001b[2Jsk\\u0007");
    assertThat(retain("", "show", "plain/c1").out()).contains("\"Min\\u001b[2Jsk\\u0007\"");
  }
}
