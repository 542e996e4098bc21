/**
 * Item analysis of a class's exams (issue 17): exam JSON reports read one at a time into tallies,
 * then test, item, option and student figures as psychometrics defines them, and the flags an
 * instructor acts on. Pure: text in, values out; the {@code report} command does the I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.analysis;
