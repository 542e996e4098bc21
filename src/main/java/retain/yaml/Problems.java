package retain.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, up to a cap, so an author sees every mistake at once rather
 * than one per run, but a hopeless file does not flood the terminal. Errors and warnings have a cap
 * each (issue 15): a hundred warnings never hide an error, and warnings past the cap never make a
 * usable deck unusable.
 */
public final class Problems {

  /** How many errors, and how many warnings, one file shows before the rest are summarised. */
  public static final int CAP = 100;

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private int errors;
  private int warnings;

  /** Problems of the file named {@code file}, as it should appear in messages. */
  public Problems(String file) {
    this.file = file;
  }

  /** The file name used in messages. */
  public String file() {
    return file;
  }

  /** Records an error at a 1-based line and column. */
  public void error(int line, int column, String code, String message) {
    add(new Problem(file, line, column, Problem.Severity.ERROR, code, message));
  }

  /** Records a warning at a 1-based line and column. */
  public void warning(int line, int column, String code, String message) {
    add(new Problem(file, line, column, Problem.Severity.WARNING, code, message));
  }

  /** Records an error at a value's position. */
  public void error(YamlValue at, String code, String message) {
    error(at.at().line(), at.at().column(), code, message);
  }

  /** Records a warning at a value's position. */
  public void warning(YamlValue at, String code, String message) {
    warning(at.at().line(), at.at().column(), code, message);
  }

  /** How many errors (not warnings) were recorded, counting those past the cap. */
  public int errorCount() {
    return errors;
  }

  /** Whether any error (not warning) was recorded. */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The problems by line and column, ending with a note when a cap was reached. */
  public List<Problem> list() {
    List<Problem> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    int droppedErrors = dropped(errors);
    if (droppedErrors + dropped(warnings) == 0) {
      return List.copyOf(all);
    }
    Problem last = problems.get(problems.size() - 1);
    all.add(
        new Problem(
            file,
            last.line(),
            last.column(),
            droppedErrors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING,
            "too-many-problems",
            "… and " + notShown() + " not shown"));
    return all;
  }

  private String notShown() {
    String moreErrors = more(dropped(errors), "error");
    String moreWarnings = more(dropped(warnings), "warning");
    if (dropped(errors) == 0) {
      return moreWarnings;
    }
    return dropped(warnings) == 0 ? moreErrors : moreErrors + " and " + moreWarnings;
  }

  private static int dropped(int recorded) {
    return Math.max(0, recorded - CAP);
  }

  private static String more(int count, String what) {
    return count + " more " + what + (count == 1 ? "" : "s");
  }

  private void add(Problem problem) {
    int before = problem.isError() ? errors++ : warnings++;
    if (before < CAP) {
      problems.add(problem);
    }
  }
}
