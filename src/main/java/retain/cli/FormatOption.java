package retain.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The one --format option. Commands mix it in and name the formats they support with {@link
 * #require}, so every command spells the option and its values the same way.
 */
public final class FormatOption {

  /** Output formats across all commands. */
  public enum Format {
    TEXT,
    JSON,
    CSV,
    JUNIT,
    TAP,
    MARKDOWN,
    HTML,
    ANSWERS;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (not every command takes every one).")
  private Format format = Format.TEXT;

  /** The chosen format, after checking that this command supports it. */
  public Format require(Format... supported) {
    List<Format> allowed = Arrays.asList(supported);
    if (!allowed.contains(format)) {
      throw new ParameterException(
          mixee.commandLine(),
          "--format "
              + format
              + " is not available for '"
              + mixee.name()
              + "'; choose one of: "
              + String.join(", ", allowed.stream().map(Format::toString).toList()));
    }
    return format;
  }
}
