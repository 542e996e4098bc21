/**
 * Readiness for an exam date (docs/readiness.md): what a student is likely to recall when the exam
 * begins, per item, per topic and overall, and the reviews it takes to reach a target. Pure: it
 * reads FSRS states and the deck, never the store or the terminal.
 */
package retain.readiness;
