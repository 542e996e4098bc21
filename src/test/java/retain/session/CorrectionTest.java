package retain.session;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import retain.store.CardKey;

class CorrectionTest {

  @Test
  void aCorrectionNeedsTwoDifferentStates() {
    var key = new CardKey("belarus-russia-2022", "minsk-visit");

    assertThatThrownBy(() -> new Correction(key, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no correction for CardKey[deck=belarus-russia-2022, item=minsk-visit]: both states"
                + " are equal");
  }
}
