package retain.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import retain.text.Csv;
import retain.text.CsvFormula;
import retain.yaml.Problem;

/**
 * Reads CSV with the columns question, answer and optionally topic and explain. A first row naming
 * a "question" column is a header, and then its names place the columns (so tags and the other
 * columns of {@code retain export --to csv} are read too); otherwise the columns are positional.
 */
final class CsvImport {

  private static final List<String> POSITIONAL = List.of("question", "answer", "topic", "explain");

  private CsvImport() {}

  static Draft read(String text) {
    List<List<String>> rows = new ArrayList<>(Csv.parse(text, ','));
    List<String> names = POSITIONAL;
    if (!rows.isEmpty() && lower(rows.get(0)).contains("question")) {
      names = lower(rows.remove(0));
    }
    List<Map<String, Object>> cards = new ArrayList<>();
    for (List<String> row : rows) {
      Map<String, Object> card = new LinkedHashMap<>();
      value(row, names, "topic").ifPresent(topic -> card.put("topic", topic));
      value(row, names, "tags")
          .map(tags -> Arrays.asList(tags.split("\\s+")))
          .ifPresent(tags -> card.put("tags", tags));
      card.put("q", value(row, names, "question").orElse(""));
      card.put("a", value(row, names, "answer").orElse(""));
      value(row, names, "explain").ifPresent(explain -> card.put("explain", explain));
      cards.add(card);
    }
    return new Draft(Optional.empty(), Optional.empty(), cards);
  }

  /**
   * What keeps rows of {@code text} from becoming cards, each located at 1-based row {@code N} in
   * {@code fileName}: a row without a question or an answer (a row of only commas) made a card that
   * answered "wrong" to everything, and an unclosed quote swallowed the rest of the file.
   */
  static List<Problem> problems(String text, String fileName) {
    int[] unclosed = {0};
    List<List<String>> rows = Csv.parse(text, ',', row -> unclosed[0] = row);
    List<String> names = POSITIONAL;
    int first = 1;
    if (!rows.isEmpty() && lower(rows.get(0)).contains("question")) {
      names = lower(rows.get(0));
      first = 2;
    }
    List<Problem> problems = new ArrayList<>();
    for (int row = first; row <= rows.size(); row++) {
      if (row == unclosed[0]) {
        problems.add(rowError(fileName, row, "a quote opened in this row is never closed"));
        break;
      }
      for (String column : List.of("question", "answer")) {
        if (value(rows.get(row - 1), names, column).isEmpty()) {
          problems.add(rowError(fileName, row, "row " + row + " has no " + column));
        }
      }
    }
    return problems;
  }

  private static Problem rowError(String fileName, int row, String message) {
    return new Problem(fileName, row, 1, Problem.Severity.ERROR, "csv-row", message);
  }

  private static Optional<String> value(List<String> row, List<String> names, String name) {
    int index = names.indexOf(name);
    return index < 0 || index >= row.size() || row.get(index).isBlank()
        ? Optional.empty()
        : Optional.of(CsvFormula.restored(row.get(index)).strip());
  }

  private static List<String> lower(List<String> row) {
    return new ArrayList<>(
        row.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList());
  }
}
