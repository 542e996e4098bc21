package retain.exchange;

import java.util.List;
import retain.deck.Deck;
import retain.deck.Item;
import retain.grade.Grader;
import retain.grade.QuestionText;
import retain.text.Csv;

/**
 * A deck as CSV (RFC 4180, CRLF line ends) with one row per item, as a student is asked it: the
 * question (a cloze blank shown as [...]) and the expected answer on one line. The header names the
 * columns, so {@code retain import --from csv} reads the file back.
 */
public final class CsvExport {

  /** The header row. */
  static final List<String> COLUMNS =
      List.of("id", "type", "topic", "tags", "question", "answer", "explain", "ref");

  private CsvExport() {}

  /** The file's text. */
  public static String write(Deck deck) {
    StringBuilder out = new StringBuilder(Csv.row(COLUMNS, ',')).append("\r\n");
    for (Item item : deck.items()) {
      var meta = item.card().meta();
      List<String> row =
          List.of(
              item.id(),
              item.card().type().key(),
              meta.topic().orElse(""),
              String.join(" ", meta.tags()),
              QuestionText.prompt(item),
              Grader.expected(item),
              meta.explain().orElse(""),
              meta.ref().orElse(""));
      out.append(Csv.row(row, ',')).append("\r\n");
    }
    return out.toString();
  }
}
