package retain.analysis;

/**
 * Why a file is not a usable exam report, where known (line and column 1-based, 0 when the problem
 * is the file as a whole).
 */
public record SheetProblem(String source, int line, int column, String message) {

  /** {@code file:line:col: error: message}, or {@code file: error: message} without a place. */
  public String render() {
    return line > 0
        ? source + ":" + line + ":" + column + ": error: " + message
        : source + ": error: " + message;
  }
}
