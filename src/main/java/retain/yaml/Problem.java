package retain.yaml;

/**
 * One thing wrong with a file read as YAML (a deck, an answers file, config.yaml), where it is and
 * what was expected.
 *
 * @param line 1-based line
 * @param column 1-based column
 * @param code a stable name for the kind of problem, such as {@code unknown-key}
 */
public record Problem(
    String file, int line, int column, Severity severity, String code, String message) {

  /** Whether a problem stops the file from being used. */
  public enum Severity {
    ERROR,
    WARNING;

    /** As editors expect it: {@code error} or {@code warning}. */
    public String label() {
      return this == ERROR ? "error" : "warning";
    }
  }

  public Problem {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, got " + line + ":" + column + " in " + file);
    }
  }

  /** {@code FILE:LINE:COL: error: MESSAGE}, the form editors and compilers use. */
  public String render() {
    return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }

  /** Whether this problem stops the file from being used. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
