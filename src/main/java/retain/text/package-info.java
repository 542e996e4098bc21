/**
 * Generic text formats every renderer and exporter shares: JSON, CSV (written with formulas
 * neutralised, and read), XML escaping, double-quoted strings for JSON and YAML, rounded numbers.
 * Pure functions from values to strings; knows nothing of decks, reviews or exams.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.text;
