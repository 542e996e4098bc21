package retain.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The content hash that tells a session a card changed (issue 12 added keys to the records). */
class ItemTest {

  private static final CardMeta META = CardMeta.of("card");

  /** The hash as it was computed before {@code person:} and {@code bound:} existed. */
  private static String before(String rendered) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(("0|" + rendered).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  @Test
  void aShortCardWithoutPersonKeepsTheHashItHadBeforeTheKeyExisted() throws Exception {
    ShortCard card = new ShortCard(META, "Who?", "Putin", List.of("V. Putin"), true);
    assertThat(new Item(card, 0).contentHash())
        .isEqualTo(
            before(
                "ShortCard[meta="
                    + META
                    + ", prompt=Who?, answer=Putin, accept=[V. Putin], typos=true]"));
  }

  @Test
  void aNumericCardWithoutBoundKeepsTheHashItHadBeforeTheKeyExisted() throws Exception {
    NumericCard card =
        new NumericCard(META, "How many?", new BigDecimal("28"), Tolerance.EXACT, Optional.of("x"));
    assertThat(new Item(card, 0).contentHash())
        .isEqualTo(
            before(
                "NumericCard[meta="
                    + META
                    + ", prompt=How many?, answer=28, tolerance="
                    + Tolerance.EXACT
                    + ", unit=Optional[x]]"));
  }

  @Test
  void theNewKeysChangeTheHashOfTheCardsThatUseThem() {
    ShortCard plain = new ShortCard(META, "Who?", "Putin", List.of(), true, false);
    ShortCard person = new ShortCard(META, "Who?", "Putin", List.of(), true, true);
    NumericCard exact =
        new NumericCard(META, "?", BigDecimal.TEN, Tolerance.EXACT, Optional.empty(), Bound.EXACT);
    NumericCard lower =
        new NumericCard(META, "?", BigDecimal.TEN, Tolerance.EXACT, Optional.empty(), Bound.LOWER);
    assertThat(new Item(person, 0).contentHash()).isNotEqualTo(new Item(plain, 0).contentHash());
    assertThat(new Item(lower, 0).contentHash()).isNotEqualTo(new Item(exact, 0).contentHash());
  }
}
