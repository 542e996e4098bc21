/**
 * Renders results as text for machines: JSON, JUnit XML and TAP writers, and the exam reports in
 * every format. Pure functions from values to strings; no I/O.
 *
 * <p>Everything here is non-null unless documented otherwise.
 */
package retain.report;
