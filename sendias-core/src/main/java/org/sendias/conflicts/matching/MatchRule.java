package org.sendias.conflicts.matching;

/**
 * The rule that made two names match, from the surest to the fuzziest.
 *
 * <p>When several rules were needed (a nickname and a hyphenated surname, say), {@link MatchEvidence#rule()} is the
 * one that contributed least to the score: the step a caseworker most needs to check.
 */
public enum MatchRule {
    /** The same public identifier (a school's URN, a UKPRN, an ODS code) on both sides. */
    IDENTIFIER,
    /**
     * The same name once case, accents, punctuation, titles, word order, abbreviations and the like are set aside;
     * also an initial that fits a given name, and a surname that shares one part of a hyphenated or double-barrelled
     * surname.
     */
    NORMALISED_EXACT,
    /** A usual English short form or spelling of the same given name (Bill and William). */
    NICKNAME,
    /** Two common spellings in English letters of a name from another script (Mohammed and Muhammad). */
    TRANSLITERATION,
    /** Surnames that sound alike by their Double Metaphone codes (Smith and Smyth). */
    PHONETIC,
    /** Spellings close by Jaro-Winkler similarity: a likely typing slip (Jonathon and Jonathan). */
    EDIT_DISTANCE
}
