/**
 * Finds deck files by id or path (the folders given, ./decks, the user's deck folder, the decks
 * bundled in the jar) and loads them. The I/O edge of the deck model. Where two decks share an id,
 * the first found hides the other ({@link retain.catalog.DeckIds}).
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.catalog;
