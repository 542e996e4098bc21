/**
 * Exams: reading an answers file (design §3) and grading it against a deck, without any terminal.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.exam;
