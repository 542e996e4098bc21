package retain.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The one -o/--output option, for the commands that write a file (draft, export, import, report):
 * {@code @Mixin OutputOption output;}, then {@link #write}.
 */
public final class OutputOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  private Path file;

  /** The file given with -o; empty for standard output. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Writes {@code text} as UTF-8 to the -o file, or to {@code out} without one. */
  void write(String text, PrintWriter out) {
    Output.write(text, file, out);
  }
}
