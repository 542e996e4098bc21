/**
 * Answer checking: a pure function from an item and a response to a Verdict, and the rating it
 * proposes; how each kind of item is shown to a student ({@code QuestionText}, {@code
 * Presentation}) so that letters in an answer mean what was shown. No I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.grade;
