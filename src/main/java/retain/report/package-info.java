/**
 * Renders results as text: JSON, CSV, JUnit XML and TAP writers, the exam reports in every format,
 * and the review history and doctor's corrections. Pure functions from values to strings; no I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.report;
