package retain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import retain.schedule.CardHistory;
import retain.yaml.Problem;

class RevlogTest {

  private static final String HEADER = Revlog.HEADER + "\n";
  private static final long DAY = 86_400_000L;

  @Test
  void unsortedRowsArePutInTimeOrderPerCardAndCountedInUtcDays() {
    String text =
        HEADER
            + "7,"
            + (3 * DAY + 5)
            + ",1,2,6000\n"
            + "9,"
            + DAY
            + ",4,0,8000\n"
            + "7,"
            + (DAY - 1)
            + ",3,0,8000\n"
            + "7,"
            + (DAY + 1)
            + ",3,2,6000\n";

    Revlog.Read read = Revlog.read("log.csv", text);

    assertThat(read.problems()).isEmpty();
    assertThat(read.reviews()).isEqualTo(4);
    assertThat(read.cards()).extracting(Revlog.Card::id).containsExactly(7L, 9L);
    CardHistory seven = read.cards().get(0).history();
    assertThat(seven.grades()).containsExactly(3, 3, 1);
    assertThat(seven.days()).containsExactly(0, 1, 3);
    assertThat(seven.elapsed(1)).isEqualTo(1);
  }

  @Test
  void malformedRowsAreNamedByLineAndColumnAndNoCardsAreGiven() {
    String text = HEADER + "1,100,3,0,8000\n1,200,3\nx,300,3,0,1\n1,4e5,3,0,1\n";

    Revlog.Read read = Revlog.read("log.csv", text);

    assertThat(read.cards()).isEmpty();
    assertThat(read.problems())
        .extracting(Problem::render)
        .containsExactly(
            "log.csv:3:1: error: expected 5 fields"
                + " (card_id,review_time,review_rating,review_state,review_duration), found 3",
            "log.csv:4:1: error: card_id must be a whole number, found 'x'",
            "log.csv:5:3: error: review_time must be a whole number, found '4e5'");
  }

  @Test
  void ratingsOutOfRangeAreRefusedWithTheirColumn() {
    Revlog.Read read = Revlog.read("log.csv", HEADER + "1,100,0,0,1\n1,200,5,2,1\n");

    assertThat(read.problems())
        .extracting(Problem::render)
        .containsExactly(
            "log.csv:2:7: error: review_rating must be 1 (Again) to 4 (Easy), found 0",
            "log.csv:3:7: error: review_rating must be 1 (Again) to 4 (Easy), found 5");
  }

  @Test
  void twoReviewsOfOneCardAtTheSameTimeAreRefusedNamingBothLines() {
    Revlog.Read read = Revlog.read("log.csv", HEADER + "1,100,3,0,1\n2,100,3,0,1\n1,100,1,2,1\n");

    assertThat(read.problems())
        .extracting(Problem::render)
        .containsExactly(
            "log.csv:4:1: error: card 1 has two reviews at 100 (also line 2);"
                + " each review needs its own time");
  }

  @Test
  void aControlCharacterInABadFieldIsShownEscaped() {
    Revlog.Read read = Revlog.read("log.csv", HEADER + "\u001b[31m,1,3,0,1\n");

    assertThat(read.problems().get(0).message()).contains("'\\u001b[31m'");
  }

  @Test
  void cardsFromRowsKeepTheOrderTheyFirstAppearIn() {
    var cards =
        Revlog.cards(
            List.of(
                new Revlog.Row(5, 10, 3, 0),
                new Revlog.Row(2, 5, 3, 0),
                new Revlog.Row(5, 1, 1, 0)));

    assertThat(cards).extracting(Revlog.Card::id).containsExactly(5L, 2L);
    assertThat(cards.get(0).history().grades()).containsExactly(1, 3);
  }
}
