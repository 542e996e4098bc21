package retain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A running retain process that a test talks to line by line, the way a slow typist or a script
 * does: it writes one answer, waits for the line that shows the answer was handled, and so on.
 * Every wait has a deadline, so a hung process fails the test instead of hanging it.
 */
public final class LiveProcess {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final Process process;
  private final Writer stdin;
  private final List<String> out = Collections.synchronizedList(new ArrayList<>());
  private final List<String> err = Collections.synchronizedList(new ArrayList<>());
  private final Thread outReader;
  private final Thread errReader;
  private int seen;

  private LiveProcess(Process process) {
    this.process = process;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.outReader = collect(process.getInputStream(), out);
    this.errReader = collect(process.getErrorStream(), err);
  }

  /** Starts the jar with {@code args} through {@code runner}. */
  public static LiveProcess start(JarRunner runner, String... args) throws IOException {
    return new LiveProcess(runner.start(args));
  }

  /** Writes one line to standard input and flushes it. */
  public void send(String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  /**
   * Waits for the next output line (after those already awaited) that matches, and returns it.
   *
   * @throws AssertionError when none comes within the deadline or the process ends first
   */
  public String await(Predicate<String> wanted) throws InterruptedException {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < end) {
      synchronized (out) {
        while (seen < out.size()) {
          String line = out.get(seen++);
          if (wanted.test(line)) {
            return line;
          }
        }
      }
      if (!process.isAlive() && !outReader.isAlive() && seen >= out.size()) {
        throw new AssertionError("retain ended before the awaited line; output: " + out + err);
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no awaited line within " + DEADLINE + "; output: " + out + err);
  }

  /** Kills the JVM without warning: SIGKILL on Linux, no shutdown hooks, no flushing. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("retain survived destroyForcibly");
    }
    outReader.join();
    errReader.join();
  }

  /** Closes standard input (end of input) and waits for the exit code. */
  public int finish() throws IOException, InterruptedException {
    stdin.close();
    if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("retain did not end within " + DEADLINE + " after end of input");
    }
    outReader.join();
    errReader.join();
    return process.exitValue();
  }

  /** Everything written to standard output so far. */
  public List<String> out() {
    synchronized (out) {
      return List.copyOf(out);
    }
  }

  /** Everything written to standard error so far. */
  public List<String> err() {
    synchronized (err) {
      return List.copyOf(err);
    }
  }

  private static Thread collect(InputStream stream, List<String> into) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  into.add(line);
                }
              } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("Stream closed")) {
                  throw new UncheckedIOException(e);
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
