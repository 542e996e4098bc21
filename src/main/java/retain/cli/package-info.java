/**
 * The picocli commands, one class per command, thin: parse options, call the core, render the
 * result.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.cli;
