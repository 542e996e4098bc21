package retain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a real subprocess, the way users and scripts do. */
public final class JarRunner {

  /** What the process did. */
  public record Result(int exitCode, String out, String err) {}

  private final Path workingDirectory;
  private final Map<String, String> environment;

  /**
   * A runner starting processes in {@code workingDirectory} with extra variables. Unless those say
   * otherwise, the processes get a home, data, config and cache folder of their own under target/,
   * so a test never writes to the data of whoever runs the build.
   */
  public JarRunner(Path workingDirectory, Map<String, String> environment) {
    this.workingDirectory = workingDirectory;
    this.environment = new HashMap<>(isolatedHome());
    this.environment.putAll(environment);
  }

  /** The jar failsafe points at (target/retain.jar). */
  public static Path jar() {
    return Path.of(System.getProperty("retain.jar", "target/retain.jar")).toAbsolutePath();
  }

  /** Starts the jar with {@code args}; the caller feeds and reads it. */
  public Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().remove("RETAIN_DATA");
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** Runs the jar to completion with {@code input} on standard input. */
  public Result run(String input, String... args) throws IOException, InterruptedException {
    Process process = start(args);
    Path out = Files.createTempFile("retain-out", ".txt");
    Path err = Files.createTempFile("retain-err", ".txt");
    try {
      var drainOut = drain(process.getInputStream(), out);
      var drainErr = drain(process.getErrorStream(), err);
      try (var stdin = process.getOutputStream()) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("retain " + String.join(" ", args) + " did not finish in 60 s");
      }
      drainOut.join();
      drainErr.join();
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Thread drain(java.io.InputStream stream, Path into) {
    Thread thread =
        new Thread(
            () -> {
              try (stream) {
                Files.copy(stream, into, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    thread.start();
    return thread;
  }

  private static Map<String, String> isolatedHome() {
    try {
      Path home =
          Files.createTempDirectory(Files.createDirectories(Path.of("target")), "it-home")
              .toAbsolutePath();
      return Map.of(
          "HOME", home.toString(),
          "XDG_DATA_HOME", home.resolve("data").toString(),
          "XDG_CONFIG_HOME", home.resolve("config").toString(),
          "XDG_CACHE_HOME", home.resolve("cache").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
