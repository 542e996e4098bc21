package retain.report;

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
}
