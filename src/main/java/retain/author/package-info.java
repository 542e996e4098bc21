/**
 * Authoring decks from a source text: the text read as located sentences under their section
 * headings, which sentences a deck's cards ask about ({@code retain coverage}), and draft cards
 * proposed from the sentences ({@code retain draft}). Pure functions over text and decks; the
 * commands do the I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.author;
