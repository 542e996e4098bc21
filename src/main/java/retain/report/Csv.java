package retain.report;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Writes CSV records as RFC 4180 defines them: fields separated by commas, records ended by CRLF,
 * and a field quoted, with its quotes doubled, when it holds a comma, a quote or a line break; a
 * field a spreadsheet would run as a formula is neutralised first ({@link CsvFormula}).
 */
public final class Csv {

  private Csv() {}

  /** One record, CRLF included; a null field is written empty. */
  public static String record(Collection<?> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
  }

  private static String field(Object value) {
    String text = value == null ? "" : CsvFormula.neutralised(value.toString());
    if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
