/**
 * One study or quiz run: picks the next item, asks, grades, rates and commits. Talks to a Console,
 * never to a terminal. Exams do not come through here: they are graded whole from an answers file
 * ({@code retain.exam}).
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.session;
