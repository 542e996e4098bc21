package retain.deck;

import java.util.Optional;
import retain.yaml.YamlHeader;

/**
 * A deck's id read from its top-level keys only: finding a deck by id reads each candidate up to
 * its {@code id:}, which comes before the cards in every deck written by hand or by retain, so one
 * large or broken deck in a folder does not slow every lookup (issue 15).
 */
public final class DeckHeader {

  private DeckHeader() {}

  /** The text under the top-level key {@code id}, if the file is a YAML mapping that has one. */
  public static Optional<String> id(byte[] bytes) {
    return YamlHeader.text(bytes, "id");
  }
}
