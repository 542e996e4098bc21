package retain.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes FSRS weights into config.yaml for {@code retain optimize --apply}: the {@code weights} key
 * is replaced (or added), the weights it held are kept in a dated comment above it, every other
 * line stays as it was, and the file is replaced in one atomic rename, so a crash leaves the old
 * file or the new one, never half of each.
 */
final class ConfigWeights {

  private ConfigWeights() {}

  /** Writes {@code weights} to {@code config}, noting {@code previous} as of {@code date}. */
  static void write(Path config, List<Double> weights, List<Double> previous, LocalDate date) {
    try {
      List<String> lines =
          Files.exists(config)
              ? new ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8))
              : new ArrayList<>();
      int at = removeWeights(lines);
      List<String> block =
          List.of(
              "# weights before retain optimize on " + date + ": " + flow(previous),
              "weights: " + flow(weights));
      lines.addAll(at < 0 ? lines.size() : at, block);
      Files.createDirectories(config.toAbsolutePath().getParent());
      Path temporary =
          Files.createTempFile(config.toAbsolutePath().getParent(), ".config", ".yaml");
      try {
        Files.writeString(temporary, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        move(temporary, config);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write " + config + ": " + e.getMessage(), e);
    }
  }

  /** Removes the {@code weights:} key with any block list under it; where it was, or −1. */
  private static int removeWeights(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("weights:")) {
        lines.remove(i);
        while (i < lines.size() && lines.get(i).matches("\\s+-.*|\\s+[0-9.\\],].*")) {
          lines.remove(i);
        }
        return i;
      }
    }
    return -1;
  }

  private static String flow(List<Double> weights) {
    return weights.stream()
        .map(w -> String.format(Locale.ROOT, "%.4f", w))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
