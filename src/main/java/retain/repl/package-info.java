/**
 * The JLine REPL: prompt, completion, history and the rich terminal console for sessions.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.repl;
