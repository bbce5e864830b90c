/**
 * The commissioner's figures, made safe to share.
 *
 * <p>The quarterly return ({@link org.sendias.reporting.QuarterlyReturns}) and the annual satisfaction survey
 * ({@link org.sendias.reporting.SurveyResults}) are computed from cases and survey responses as raw, de-identified
 * counts. Every figure is a count, a percentage or a mean; none carries a name, a date of birth, a note or any other
 * free text. Equality monitoring answers are counted only with the person's consent to their use in reports (see
 * {@link org.sendias.equality.EqualityMonitoring#forReporting()}); anyone else is counted in the totals and in each
 * breakdown's "not stated" count.
 *
 * <p>Before figures leave the service, small counts are suppressed: {@link org.sendias.reporting.CountTable} holds
 * true counts (with people who did not state an answer counted in totals only); {@link
 * org.sendias.reporting.SuppressionRule} turns it into a {@link org.sendias.reporting.PublishedTable} in which small
 * counts are suppressed, with secondary suppression so that no suppressed value can be worked out from the published
 * ones, and {@link org.sendias.reporting.Percentage} suppresses percentages on suppressed or small bases.
 *
 * <p>{@link org.sendias.reporting.PublishedReturn} and {@link org.sendias.reporting.PublishedSurvey} apply the rule to
 * every figure of a return or a survey, and {@link org.sendias.reporting.ReportWriters} writes them as JSON, CSV or an
 * HTML page for the commissioner.
 */
package org.sendias.reporting;
