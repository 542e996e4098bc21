package retain.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import retain.deck.ChoiceCard;

class PresentationTest {

  @Test
  void rejectsWhatIsNotAPermutation() {
    assertThatThrownBy(() -> new Presentation(List.of(0, 0, 1)))
        .hasMessage("shown order must be a permutation of 0..2: [0, 0, 1]");
  }

  @Test
  void arrangesAListAsShown() {
    assertThat(new Presentation(List.of(2, 0, 1)).arrange(List.of("x", "y", "z")))
        .containsExactly("z", "x", "y");
    assertThat(Presentation.DECK_ORDER.arrange(List.of("x", "y"))).containsExactly("x", "y");
  }

  @Test
  void neverShowsAnOrderOrMatchCardSolved() {
    for (long seed = 0; seed < 200; seed++) {
      Presentation shown = Presentation.shuffled(SampleCards.order("a|b"), new Random(seed));
      assertThat(shown.shown()).containsExactly(1, 0);
    }
  }

  @Test
  void keepsTheDeckOrderWhenTheCardSaysNotToShuffle() {
    ChoiceCard fixed = new ChoiceCard(SampleCards.META, "?", List.of("x", "y", "z"), "x", false);
    assertThat(Presentation.shuffled(fixed, new Random(1))).isEqualTo(Presentation.DECK_ORDER);
  }

  @Test
  void theSameSeedShowsTheSameOrder() {
    ChoiceCard card = SampleCards.choice("p|q|r|s|t|u", "p");
    assertThat(Presentation.shuffled(card, new Random(7)))
        .isEqualTo(Presentation.shuffled(card, new Random(7)));
  }
}
