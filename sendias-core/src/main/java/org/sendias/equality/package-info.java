/**
 * Equality monitoring and access needs: who uses the service, for the commissioner's reports, and what a family
 * needs in order to use it.
 *
 * <p>Every monitoring answer is optional, and each allows "prefer not to say":
 * {@link org.sendias.equality.Ethnicity} (the ONS 2021 Census categories for England and Wales),
 * {@link org.sendias.equality.GenderAnswer}, {@link org.sendias.equality.DisabilityStatus} and a first
 * {@link org.sendias.equality.Language}. {@link org.sendias.equality.EqualityMonitoring} holds the answers with the
 * person's {@link org.sendias.equality.ReportingConsent}; only with consent given do the answers reach reports, and
 * then without any self-described text. {@link org.sendias.equality.AccessNeeds} (an interpreter, accessible formats)
 * is about serving the family rather than reporting, so it is kept apart from the monitoring answers.
 *
 * <p>None of these types prints an answer in its {@code toString()} beyond a code or, for monitoring, which answers
 * are present.
 */
package org.sendias.equality;
