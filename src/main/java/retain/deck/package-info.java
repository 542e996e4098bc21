/**
 * The deck model (records and a sealed Card hierarchy), the deck loader and lint rules, on top of
 * {@code retain.yaml}. No I/O: the loader takes bytes and a source name.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.deck;
