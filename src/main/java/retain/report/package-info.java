/**
 * Renders results as text: the exam reports (text, JSON, JUnit XML, TAP), the class reports, the
 * review history and the doctor's corrections, over the generic writers of {@code retain.text}.
 * Pure functions from values to strings; no I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.report;
