/**
 * Impartiality evidence: what an adviser explained to a family, on what legal basis, and what the family chose.
 *
 * <p>SENDIAS services must be impartial (SEND Code of Practice 0-25 (2015) paras 2.5 and 2.8). The national network's
 * guide says a service evidences this with case notes that record the options discussed, including where there was
 * more than one route forward, advice grounded in the law, and supervision that tests for bias. This package gives
 * those records a shape:
 * <ul>
 *   <li>{@link org.sendias.impartiality.Route}: the closed set of routes an adviser explains, each with its
 *       {@link org.sendias.impartiality.LegalBasis} (reusing the deadline engine's citations where a time limit
 *       exists);</li>
 *   <li>{@link org.sendias.impartiality.AdviceNote}: the options explained and, once the family has made it, the
 *       {@link org.sendias.impartiality.FamilyChoice}, always recorded as the family's own decision (advisers inform,
 *       the family decides);</li>
 *   <li>{@link org.sendias.impartiality.ImpartialityCheck}: reports, per case, which evidence is missing;</li>
 *   <li>{@link org.sendias.impartiality.QualitySample}: a reproducible random sample of closed cases per adviser for
 *       a supervisor's quality review.</li>
 * </ul>
 *
 * <p>Nothing here depends on the casework package: a case holds advice notes and builds a
 * {@link org.sendias.impartiality.CaseEvidence} to be checked. Free text (an option's summary) never appears in a
 * {@code toString()}.
 */
package org.sendias.impartiality;
