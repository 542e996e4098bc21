package retain.store;

/**
 * An item of a deck renamed with {@code was:} (issue 16), whose stored history is to follow it.
 *
 * @param from the former item id
 * @param to the current item id
 * @param hashBefore the item's content hash under its former id
 * @param hashAfter the same item's content hash now: a rename alone is no change of the card
 */
public record ItemRename(String from, String to, String hashBefore, String hashAfter) {}
