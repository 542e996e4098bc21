/**
 * The picocli commands, one class per command, thin: parse options, call the core, render the
 * result. What every command reads alike (config.yaml, the clock, the study day, the scheduler) is
 * assembled once, in {@link retain.cli.RunContext}.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.cli;
