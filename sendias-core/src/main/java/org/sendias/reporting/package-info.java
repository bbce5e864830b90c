/**
 * Reporting to commissioners: figures shared outside the service, made safe to share.
 *
 * <p>{@link org.sendias.reporting.CountTable} holds true counts (with people who did not state an answer counted in
 * totals only); {@link org.sendias.reporting.SuppressionRule} turns it into a
 * {@link org.sendias.reporting.PublishedTable} in which small counts are suppressed, with secondary suppression so
 * that no suppressed value can be worked out from the published ones, and
 * {@link org.sendias.reporting.Percentage} suppresses percentages on suppressed or small bases.
 */
package org.sendias.reporting;
