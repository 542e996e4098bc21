/**
 * One study, quiz or exam run: picks the next item, asks, grades, rates and commits. Talks to a
 * Console, never to a terminal.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.session;
