/**
 * The sendias command-line tool: {@code sendias-cli deadlines} computes statutory deadlines from scenario JSON on
 * standard input, {@code sendias-cli calendar} lists a year's non-working days, and {@code sendias-cli conflicts}
 * checks an adviser's declared interests and gifts against a case's parties.
 *
 * <p>Every field of the input is converted by hand from Jackson's tree model, so that each error names the JSON path
 * of the field at fault. Errors in the user's input exit with status 2 and one message on standard error; nothing is
 * written to standard output unless every scenario (or check) succeeded.
 */
package org.sendias.examples.cli;
