package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import retain.stats.SeededHistory;

class AnkiExportTest {

  private static final String TEXT = AnkiExport.write(SeededHistory.deck());

  @Test
  void headerLinesAreAnkisFileHeadersExactly() {
    assertThat(TEXT)
        .startsWith(
            """
            #separator:tab
            #html:false
            #notetype column:1
            #deck column:2
            #tags column:5
            #guid column:6
            Basic\tOne card of every type\tWho leads Belarus?\t"Lukashenka

            In office since 1994."\tnames people topic::misc retain::short retain-id::short-one retain-deck::every-type\tretain-31499751ea819822
            """);
  }

  @Test
  void clozeBecomesAClozeNoteNumberingItsBlanks() {
    assertThat(TEXT)
        .contains(
            "Cloze\tOne card of every type\tThe {{c1::Union State}} joins {{c2::Belarus}} and"
                + " Russia.\tTwo blanks, two items.\tretain::cloze retain-id::cloze-one"
                + " retain-deck::every-type\t");
  }

  @Test
  void orderAndMatchFrontsDoNotGiveTheSolutionAway() {
    assertThat(TEXT)
        .contains(
            "\"Put these in order.\n\na) third\nb) second\nc) first\"\t\"1. first\n2. second\n3."
                + " third\n\nChronology.\"")
        .contains(
            "\"Match each person to an office.\n\n1) Putin\n2) Lukashenka\n\na) President of"
                + " Belarus\nb) President of Russia\"");
  }

  @Test
  void guidDependsOnlyOnDeckAndCardIds() {
    assertThat(AnkiExport.guid("every-type", "short-one"))
        .isEqualTo("retain-31499751ea819822")
        .isNotEqualTo(AnkiExport.guid("every-type", "short-two"));
  }
}
