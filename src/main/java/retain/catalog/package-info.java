/**
 * Finds deck files by id or path (the folders given, ./decks, the user's deck folder, the decks
 * bundled in the jar) and loads them. The I/O edge of the deck model.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.catalog;
