package retain.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import retain.report.CsvFormula;

/**
 * Delimited text as RFC 4180 has it: fields holding the separator, a quote or a line break are
 * quoted, quotes doubled. Anki's text files follow the same rule with a tab as separator.
 */
final class Csv {

  private Csv() {}

  /**
   * One record, without its line break; in comma-separated files, which spreadsheets open, cells
   * that could run as formulas are neutralised ({@link CsvFormula}).
   */
  static String row(List<String> fields, char separator) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String field = separator == ',' ? CsvFormula.neutralised(fields.get(i)) : fields.get(i);
      line.append(i == 0 ? "" : String.valueOf(separator)).append(quote(field, separator));
    }
    return line.toString();
  }

  private static String quote(String field, char separator) {
    boolean plain =
        field.indexOf(separator) < 0
            && field.indexOf('"') < 0
            && field.indexOf('\n') < 0
            && field.indexOf('\r') < 0;
    return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }

  /** The records of {@code text}; line breaks end records except inside quotes. */
  static List<List<String>> parse(String text, char separator) {
    return parse(text, separator, record -> {});
  }

  /**
   * The records of {@code text}, telling {@code unclosed} the 1-based number of the record whose
   * quote is still open at the end of the text (it then holds the rest of the file).
   */
  static List<List<String>> parse(String text, char separator, IntConsumer unclosed) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        started = true;
      } else if (c == separator) {
        record.add(field.toString());
        field.setLength(0);
        started = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (started || field.length() > 0) {
          record.add(field.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        field.setLength(0);
        started = false;
      } else {
        field.append(c);
        started = true;
      }
    }
    if (quoted) {
      unclosed.accept(records.size() + 1);
    }
    if (started || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
