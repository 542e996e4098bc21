package retain.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One asked and scheduled unit: a whole card, or one blank of a cloze card.
 *
 * @param card the card it comes from
 * @param blank the 1-based blank of a cloze card, or 0 for every other kind
 */
public record Item(Card card, int blank) {

  public Item {
    int blanks = card.blankCount();
    if (blanks > 0 ? blank < 1 || blank > blanks : blank != 0) {
      throw new IllegalArgumentException(
          "no blank " + blank + " in card '" + card.id() + "' of type " + card.type().key());
    }
  }

  /** The id progress is keyed on: the card id, or {@code <card-id>.<n>} for a cloze blank. */
  public String id() {
    return blank == 0 ? card.id() : card.id() + "." + blank;
  }

  /**
   * A short hash of what the item asks and accepts, so a session can tell that a card changed since
   * it was last reviewed. Records render their fields deterministically, which is all a change
   * detector needs.
   */
  public String contentHash() {
    return hash(rendered(card));
  }

  /**
   * The {@link #contentHash} this item had while its card was called {@code formerCardId}: a card
   * renamed with {@code was:} asks the same, so moving its history must not mark it as changed.
   */
  public String contentHashUnder(String formerCardId) {
    CardMeta meta = card.meta();
    CardMeta former =
        new CardMeta(
            formerCardId, meta.topic(), meta.tags(), meta.hint(), meta.explain(), meta.ref());
    // the card's rendering starts with its meta's, so only the id inside it changes
    return hash(rendered(card).replace(meta.toString(), former.toString()));
  }

  /**
   * The card's rendering without the keys of issue 12 at their defaults, so that a card which does
   * not use {@code person:} or {@code bound:} keeps the hash it had before they existed and no
   * student's progress is marked changed.
   */
  private static String rendered(Card card) {
    return card.toString().replace(", person=false]", "]").replace(", bound=EXACT]", "]");
  }

  private String hash(String rendered) {
    return shortHash(blank + "|" + rendered);
  }

  /** The first 8 bytes of the SHA-256 of {@code text}, in hex: a change detector, not a seal. */
  static String shortHash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
