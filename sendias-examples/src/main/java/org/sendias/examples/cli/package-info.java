/**
 * The sendias command-line tool: {@code sendias-cli deadlines} computes statutory deadlines from scenario JSON on
 * standard input, and {@code sendias-cli calendar} lists a year's non-working days.
 *
 * <p>Every field of the input is converted by hand from Jackson's tree model, so that each error names the JSON path
 * of the field at fault. Errors in the user's input exit with status 2 and one message on standard error; nothing is
 * written to standard output unless every scenario succeeded.
 */
package org.sendias.examples.cli;
