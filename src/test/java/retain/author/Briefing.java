package retain.author;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The briefing the shipped deck is drawn from. It is never copied into the project: CI keeps it in
 * {@code ../shared/briefing/} beside the repository, and a worktree finds it beside a folder
 * further up. Tests that need it are skipped, visibly, where it is absent.
 */
final class Briefing {

  static final String FILE = "shared/briefing/belarus-russia-dec-2022.txt";

  private Briefing() {}

  /** The briefing's path, if it is beside the repository or one of the folders above it. */
  static Optional<Path> find() {
    for (Path folder = Path.of("").toAbsolutePath().getParent();
        folder != null;
        folder = folder.getParent()) {
      Path candidate = folder.resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
