package org.sendias.consent;

/**
 * The kinds of information about a family that a consent covers or a disclosure contains.
 *
 * <p>Some are special category data under UK GDPR Article 9(1): data concerning health (which includes disability,
 * and so most information about special educational needs) and data revealing racial or ethnic origin. Sharing them
 * needs explicit consent, or an Article 9 condition for a disclosure without consent.
 */
public enum DataCategory {
    /** Names, addresses, phone numbers and email addresses. */
    CONTACT_DETAILS(false),
    /** School, attendance, attainment, exclusions and education history. */
    EDUCATION(false),
    /** Special educational needs, disabilities, EHC plans and assessments; disability is data concerning health. */
    SEN_AND_DISABILITY(true),
    /** Diagnoses, therapies, medication and other health information. */
    HEALTH(true),
    /** Social care involvement, plans and assessments. */
    SOCIAL_CARE(false),
    /** The service's own case notes and advice given. */
    CASE_NOTES(false),
    /** Ethnicity, disability and other equality monitoring answers; ethnicity reveals racial or ethnic origin. */
    EQUALITY_MONITORING(true);

    private final boolean specialCategory;

    DataCategory(boolean specialCategory) {
        this.specialCategory = specialCategory;
    }

    /** @return whether this is special category data under UK GDPR Article 9(1) */
    public boolean isSpecialCategory() {
        return specialCategory;
    }
}
