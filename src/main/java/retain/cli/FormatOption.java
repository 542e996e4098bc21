package retain.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The one --format option. A command declares the formats it writes where it mixes the option in,
 * {@code @Mixin FormatOption format = FormatOption.of(Format.TEXT, Format.JSON);}, and reads the
 * choice with {@link #chosen}; its help, completion and error messages then name only those.
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
    ANSWERS,
    REVLOG;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<Format> supported;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.TEXT;

  private FormatOption(List<Format> supported) {
    this.supported = supported;
  }

  // picocli's default factory builds the mixin of a command that forgot to call of(...); narrow
  // then names the command and how to declare its formats
  private FormatOption() {
    this(List.of());
  }

  /** The option of a command that writes these formats, the first being the default. */
  public static FormatOption of(Format first, Format... more) {
    var formats = new ArrayList<>(List.of(first));
    formats.addAll(List.of(more));
    FormatOption option = new FormatOption(List.copyOf(formats));
    option.format = first;
    return option;
  }

  /** The format given with --format, or the default. */
  public Format chosen() {
    return format;
  }

  /**
   * Makes {@code command}'s --format, if it has one, list and accept only the formats its mixin
   * declared. Called by {@link Cli#create} on every command of the tree.
   */
  static void narrow(CommandSpec command) {
    OptionSpec declared = command.findOption("--format");
    if (declared == null) {
      return;
    }
    FormatOption mixin =
        command.mixins().values().stream()
            .map(CommandSpec::userObject)
            .filter(FormatOption.class::isInstance)
            .map(FormatOption.class::cast)
            .findFirst()
            .orElseThrow();
    if (mixin.supported.isEmpty()) {
      throw new IllegalStateException(
          "'"
              + command.qualifiedName()
              + "' must name its formats: @Mixin FormatOption format = FormatOption.of(...)");
    }
    List<String> names = mixin.supported.stream().map(Format::toString).toList();
    command.remove(declared);
    command.addOption(
        OptionSpec.builder(declared)
            .completionCandidates(names)
            .converters(text -> mixin.parse(text, command.name()))
            .build());
  }

  private Format parse(String text, String command) {
    return supported.stream()
        .filter(candidate -> candidate.toString().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + command
                        + "' writes "
                        + String.join(", ", supported.stream().map(Format::toString).toList())
                        + ", not '"
                        + text
                        + "'"));
  }
}
