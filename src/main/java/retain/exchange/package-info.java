/**
 * Decks to and from other tools: Anki's plain-text import format, CSV (RFC 4180) and JSON out; Anki
 * text and CSV in, as a YAML deck; Moodle question banks (GIFT and Moodle XML) both ways. Pure
 * functions from text to text; the commands do the I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.exchange;
