package retain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux session on a private server socket, to drive a full-screen program as a person would: keys
 * in, the screen's text out. Every wait has a deadline.
 */
final class Tmux implements AutoCloseable {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final String socket;

  private Tmux(String socket) {
    this.socket = socket;
  }

  /** Whether tmux can be run here. */
  static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Starts {@code command} (a shell command line) in a detached 100×30 session. */
  static Tmux start(String command) throws IOException, InterruptedException {
    return start(command, 100);
  }

  /** Starts {@code command} in a detached session {@code columns} wide and 30 lines high. */
  static Tmux start(String command, int columns) throws IOException, InterruptedException {
    Tmux tmux = new Tmux("retain-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    tmux.run("new-session", "-d", "-s", "it", "-x", String.valueOf(columns), "-y", "30", command);
    return tmux;
  }

  /** Types keys: text, or tmux key names such as {@code Enter}, {@code Tab}, {@code C-c}. */
  void send(String... keys) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of("send-keys", "-t", "it"));
    arguments.addAll(List.of(keys));
    run(arguments.toArray(String[]::new));
  }

  /** Types {@code text} literally, so words such as "Enter" inside it are not keys. */
  void type(String text) throws IOException, InterruptedException {
    run("send-keys", "-t", "it", "-l", text);
  }

  /** The screen and its scrollback as text, trailing blank lines removed. */
  String screen() throws IOException, InterruptedException {
    return run("capture-pane", "-p", "-t", "it", "-S", "-1000").stripTrailing();
  }

  /**
   * The screen and its scrollback with lines the terminal wrapped joined again, so a line printed
   * wider than the terminal shows as one long line.
   */
  String joinedScreen() throws IOException, InterruptedException {
    return run("capture-pane", "-p", "-J", "-t", "it", "-S", "-2000").stripTrailing();
  }

  /** Waits until the screen satisfies {@code wanted}, and returns it. */
  String await(Predicate<String> wanted) throws IOException, InterruptedException {
    long end = System.nanoTime() + DEADLINE.toNanos();
    String screen = screen();
    while (!wanted.test(screen)) {
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "the screen did not change as expected within " + DEADLINE + "; it shows:\n" + screen);
      }
      Thread.sleep(50);
      screen = screen();
    }
    return screen;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run("kill-server");
  }

  private String run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tmux " + String.join(" ", arguments) + " hung");
    }
    if (process.exitValue() != 0 && !arguments[0].equals("kill-server")) {
      throw new AssertionError("tmux " + String.join(" ", arguments) + " failed: " + output);
    }
    return output;
  }
}
