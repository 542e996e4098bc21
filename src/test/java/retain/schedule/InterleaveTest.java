package retain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleaveTest {

  @Test
  void oneNewCardGoesInTheMiddleOfFourReviews() {
    assertThat(Interleave.evenly(List.of("r1", "r2", "r3", "r4"), List.of("n1")))
        .containsExactly("r1", "r2", "n1", "r3", "r4");
  }

  @Test
  void twoNewCardsAmongSixReviewsEachSitMidSlice() {
    assertThat(Interleave.evenly(List.of("r1", "r2", "r3", "r4", "r5", "r6"), List.of("n1", "n2")))
        .containsExactly("r1", "r2", "n1", "r3", "r4", "r5", "n2", "r6");
  }

  @Test
  void asManyNewCardsAsReviewsAlternate() {
    assertThat(Interleave.evenly(List.of("r1", "r2"), List.of("n1", "n2")))
        .containsExactly("r1", "n1", "r2", "n2");
  }

  @Test
  void withoutReviewsNewCardsComeInTheirOrder() {
    assertThat(Interleave.evenly(List.of(), List.of("n1", "n2", "n3")))
        .containsExactly("n1", "n2", "n3");
  }

  @Test
  void moreNewCardsThanReviewsStillKeepBothOrders() {
    assertThat(Interleave.evenly(List.of("r1", "r2"), List.of("n1", "n2", "n3", "n4")))
        .containsExactly("n1", "r1", "n2", "n3", "r2", "n4");
  }

  @Test
  void noNewCardNeverBunchesWhateverTheSizes() {
    for (int reviews = 0; reviews < 30; reviews++) {
      for (int fresh = 1; fresh < 30; fresh++) {
        List<String> merged =
            Interleave.evenly(Collections.nCopies(reviews, "r"), Collections.nCopies(fresh, "n"));
        assertThat(merged).hasSize(reviews + fresh);
        if (fresh <= reviews + 1) {
          assertThat(String.join("", merged))
              .as("%d reviews, %d new", reviews, fresh)
              .doesNotContain("nn");
        }
      }
    }
  }
}
