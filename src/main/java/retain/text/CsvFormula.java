package retain.text;

import java.util.regex.Pattern;

/**
 * Cells a spreadsheet would run as a formula, made inert as OWASP's CSV injection guidance says: a
 * cell starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '}, which
 * spreadsheets hide and read as "text" (issue 15). A cell that already starts with quotes before
 * such a character gets one more, so {@link #restored} can take exactly one away and a deck comes
 * back from {@code export --to csv} unchanged.
 */
public final class CsvFormula {

  private static final Pattern WRITTEN = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
  private static final Pattern NEUTRALISED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

  private CsvFormula() {}

  /** The cell as written: prefixed with {@code '} when a spreadsheet could run it. */
  public static String neutralised(String cell) {
    return WRITTEN.matcher(cell).matches() ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #neutralised}: one added quote taken away. */
  public static String restored(String cell) {
    return NEUTRALISED.matcher(cell).matches() ? cell.substring(1) : cell;
  }
}
