package org.sendias.consent;

/**
 * The lawful basis under UK GDPR Article 6(1) for a disclosure made without consent. Consent (6(1)(a)) is
 * deliberately absent: a disclosure that relies on consent is sharing, decided by {@link ConsentLedger#decide}, and
 * contract (6(1)(b)) does not arise. A public authority cannot rely on legitimate interests for its public tasks
 * (the last sentence of Article 6(1)); a voluntary-sector service may.
 */
public enum Article6Basis {
    /** Article 6(1)(c): the disclosure is necessary to comply with a legal obligation. */
    LEGAL_OBLIGATION('c'),
    /** Article 6(1)(d): the disclosure is necessary to protect someone's vital interests (life or serious harm). */
    VITAL_INTERESTS('d'),
    /** Article 6(1)(e): the disclosure is necessary for a task in the public interest or in official authority. */
    PUBLIC_TASK('e'),
    /** Article 6(1)(f): the disclosure is necessary for legitimate interests not overridden by the person's. */
    LEGITIMATE_INTERESTS('f');

    private final char letter;

    Article6Basis(char letter) {
        this.letter = letter;
    }

    /** @return the letter of Article 6(1), for example {@code e} */
    public char letter() {
        return letter;
    }

    /** @return the citation, for example {@code UK GDPR Art 6(1)(e)} */
    public String citation() {
        return "UK GDPR Art 6(1)(" + letter + ")";
    }
}
