package retain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import retain.catalog.DeckSource;
import retain.config.Settings;
import retain.config.SettingsReader;
import retain.yaml.Problem;

/**
 * Finds and reads config.yaml: $XDG_CONFIG_HOME/retain/config.yaml, else
 * ~/.config/retain/config.yaml. A missing file means the defaults.
 */
public final class ConfigFile {

  private ConfigFile() {}

  static Path path(Environment environment) {
    return environment
        .variable("XDG_CONFIG_HOME")
        .map(Path::of)
        .orElseGet(() -> GlobalOptions.home(environment).resolve(".config"))
        .resolve("retain/config.yaml");
  }

  /** The settings; warnings go to {@code err}, errors stop the command with exit 2. */
  public static Settings load(Environment environment, PrintWriter err) {
    Path path = path(environment);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException missing) {
      return Settings.DEFAULTS;
    } catch (IOException e) {
      throw new BadInputException("cannot read " + path + ": " + DeckSource.reason(e), e);
    }
    var result = SettingsReader.read(path.toString(), bytes);
    if (result.problems().stream().anyMatch(Problem::isError)) {
      throw new BadInputException(
          "config.yaml has errors:\n"
              + result.problems().stream().map(Problem::render).collect(Collectors.joining("\n")));
    }
    result.problems().forEach(problem -> err.println(problem.render()));
    return result.value().orElseThrow();
  }
}
