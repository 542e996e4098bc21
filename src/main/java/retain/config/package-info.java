/**
 * The user's settings file (config.yaml): study limits, the day boundary and the FSRS options, read
 * from bytes with the same file:line:column problems as decks. No I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.config;
