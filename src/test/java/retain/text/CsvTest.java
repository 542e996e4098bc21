package retain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void plainFieldsAreJoinedByCommasAndTheRecordEndsWithCrLf() {
    assertThat(Csv.record(List.of("at", 1, true, 0.5))).isEqualTo("at,1,true,0.5\r\n");
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
    assertThat(Csv.record(List.of("a,b", "say \"no\"", "two\nlines", "cr\r")))
        .isEqualTo("\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\r\"\r\n");
  }

  @Test
  void nullIsAnEmptyField() {
    assertThat(Csv.record(Arrays.asList("x", null, "y"))).isEqualTo("x,,y\r\n");
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasGetAQuoteInFront() {
    assertThat(Csv.record(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "ok", "a=b")))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),ok,a=b\r\n");
    assertThat(Csv.record(List.of("\tx", "\rx"))).isEqualTo("'\tx,\"'\rx\"\r\n");
  }

  @Test
  void neutralisingIsUndoneExactlyEvenForTextThatStartedWithQuotes() {
    for (String cell : List.of("=1+1", "'=1+1", "''-3", "'plain", "plain", "-")) {
      assertThat(CsvFormula.restored(CsvFormula.neutralised(cell))).isEqualTo(cell);
    }
    assertThat(CsvFormula.neutralised("'=1+1")).isEqualTo("''=1+1");
  }
}
