/**
 * Fuzzy matching of people's and organisations' names, with evidence a caseworker can read: what conflict-of-interest
 * checks use to compare a case's parties with an adviser's declarations and with past cases.
 *
 * <p>Names are parsed once into {@link org.sendias.conflicts.matching.PersonName} and
 * {@link org.sendias.conflicts.matching.OrganisationName}, which set aside what does not tell names apart (case,
 * accents, punctuation, titles, word order, abbreviations). {@link org.sendias.conflicts.matching.NameMatcher}
 * compares two of them by identifier, normalised spelling, curated tables of English nicknames and of
 * transliterations, Double Metaphone codes (Apache Commons Codec) and Jaro-Winkler similarity (Apache Commons Text),
 * and returns a {@link org.sendias.conflicts.matching.MatchEvidence} when the pair is flagged: a score from 0 to 1,
 * the {@link org.sendias.conflicts.matching.MatchRule} that fired, the fields that agreed and the reasons.
 * {@link org.sendias.conflicts.matching.MatchIndex} holds many names (a million past case parties) and finds the
 * flagged ones for a query without comparing it with every one.
 *
 * <p>The reasons quote the names compared: personal data, for the caseworker's screen only. Nothing in this package
 * logs, and the {@code toString} of a person's name or of evidence leaves names out.
 *
 * <p>How well the rules do is measured on a labelled set of pairs kept with the tests
 * ({@code labelled-pairs.csv}): recall on the pairs that must be flagged and the rate of flags on those that must
 * not.
 */
package org.sendias.conflicts.matching;
