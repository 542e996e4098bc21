package retain.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Delimited text as RFC 4180 has it: fields separated by commas, records ended by CRLF, and a field
 * quoted, with its quotes doubled, when it holds the separator, a quote or a line break. Anki's
 * text files follow the same rule with a tab as separator. In comma-separated files, which
 * spreadsheets open, a field that could run as a formula is neutralised first ({@link CsvFormula}).
 */
public final class Csv {

  private Csv() {}

  /** One comma-separated record, CRLF included; a null field is written empty. */
  public static String record(Collection<?> fields) {
    return fields.stream()
        .map(value -> field(value == null ? "" : value.toString(), ','))
        .collect(Collectors.joining(",", "", "\r\n"));
  }

  /** One record, without its line break. */
  public static String row(List<String> fields, char separator) {
    return fields.stream()
        .map(value -> field(value, separator))
        .collect(Collectors.joining(String.valueOf(separator)));
  }

  private static String field(String value, char separator) {
    String text = separator == ',' ? CsvFormula.neutralised(value) : value;
    boolean plain =
        text.indexOf(separator) < 0
            && text.indexOf('"') < 0
            && text.indexOf('\n') < 0
            && text.indexOf('\r') < 0;
    return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
  }

  /** The records of {@code text}; line breaks end records except inside quotes. */
  public static List<List<String>> parse(String text, char separator) {
    return parse(text, separator, record -> {});
  }

  /**
   * The records of {@code text}, telling {@code unclosed} the 1-based number of the record whose
   * quote is still open at the end of the text (it then holds the rest of the file).
   */
  public static List<List<String>> parse(String text, char separator, IntConsumer unclosed) {
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
