/**
 * FSRS-6 as pure functions over immutable values, its parameters, and the study queue policy. No
 * I/O, no clock: time is passed in.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.schedule;
