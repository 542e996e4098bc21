/**
 * Exam papers and answers templates (issue 13): a {@link retain.exam.Paper} written as text,
 * Markdown, printable HTML or a YAML answers file to fill in. Pure text-to-text functions.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.paper;
