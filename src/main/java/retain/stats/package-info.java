/**
 * Progress statistics for {@code retain stats}: card states, due counts, true retention, the review
 * calendar, the due forecast and mastery per topic, computed from the store's public API, and the
 * dashboard drawn from them as text (no terminal I/O here: the caller decides colour and glyphs).
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.stats;
