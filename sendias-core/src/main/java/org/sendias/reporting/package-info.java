/**
 * The commissioner's figures: the quarterly return ({@link org.sendias.reporting.QuarterlyReturns}) and the annual
 * satisfaction survey ({@link org.sendias.reporting.SurveyResults}), computed from cases and survey responses as
 * raw, de-identified counts.
 *
 * <p>Every figure here is a count, a percentage or a mean; none carries a name, a date of birth, a note or any other
 * free text. Equality monitoring answers are counted only with the person's consent to their use in reports
 * (see {@link org.sendias.equality.EqualityMonitoring#forReporting()}); anyone else is counted in the totals and in
 * each breakdown's "not stated" count. The figures are raw: small counts still need suppression before they are
 * shared outside the service.
 */
package org.sendias.reporting;
