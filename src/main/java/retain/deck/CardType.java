package retain.deck;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The nine kinds of card, named as a deck writes them. */
public enum CardType {
  SHORT,
  CHOICE,
  MULTI,
  TRUEFALSE,
  NUMERIC,
  DATE,
  CLOZE,
  ORDER,
  MATCH;

  /** The name a deck uses, such as {@code truefalse}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a deck names, if it is one. */
  public static Optional<CardType> fromKey(String key) {
    return Arrays.stream(values()).filter(type -> type.key().equals(key)).findFirst();
  }

  /** All names, in the order of design §2. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(CardType::key).toList();
  }
}
