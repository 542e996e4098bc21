/**
 * Answer checking: a pure function from an item and a response to a Verdict, and the rating it
 * proposes. No I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.grade;
