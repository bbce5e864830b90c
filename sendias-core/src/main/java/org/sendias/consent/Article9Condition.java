package org.sendias.consent;

/**
 * The condition under UK GDPR Article 9(2) that allows a disclosure of special category data without explicit
 * consent. Conditions (b), (g) and (h) are met only with a condition of Schedule 1 to the Data Protection Act 2018
 * (s.10(2) and (3)); see {@link Schedule1Condition}.
 */
public enum Article9Condition {
    /** Article 9(2)(b): obligations in employment, social security and social protection law. */
    EMPLOYMENT_SOCIAL_SECURITY('b', true),
    /** Article 9(2)(c): vital interests of someone physically or legally unable to give consent. */
    VITAL_INTERESTS('c', false),
    /** Article 9(2)(f): establishing, exercising or defending legal claims. */
    LEGAL_CLAIMS('f', false),
    /** Article 9(2)(g): reasons of substantial public interest (with a Schedule 1 Part 2 condition). */
    SUBSTANTIAL_PUBLIC_INTEREST('g', true),
    /** Article 9(2)(h): health or social care (with Schedule 1 Part 1 paragraph 2). */
    HEALTH_OR_SOCIAL_CARE('h', true);

    private final char letter;
    private final boolean needsSchedule1;

    Article9Condition(char letter, boolean needsSchedule1) {
        this.letter = letter;
        this.needsSchedule1 = needsSchedule1;
    }

    /** @return the letter of Article 9(2), for example {@code g} */
    public char letter() {
        return letter;
    }

    /** @return whether the Data Protection Act 2018 s.10 requires a Schedule 1 condition as well */
    public boolean needsSchedule1Condition() {
        return needsSchedule1;
    }

    /** @return the citation, for example {@code UK GDPR Art 9(2)(g)} */
    public String citation() {
        return "UK GDPR Art 9(2)(" + letter + ")";
    }
}
