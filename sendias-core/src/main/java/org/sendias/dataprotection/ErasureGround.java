package org.sendias.dataprotection;

/**
 * A lawful ground for refusing a request to erase, with the code recorded in the audit trail and its citation.
 * The right to erasure does not apply to the extent that processing is necessary for one of the purposes in UK
 * GDPR Article 17(3); each ground here rests on one of them.
 */
public enum ErasureGround {
    /**
     * Keeping the data is necessary to comply with a legal obligation, or for a task carried out in the public
     * interest or in the exercise of official authority.
     */
    LEGAL_OBLIGATION("uk-gdpr-art-17-3-b", "UK GDPR Article 17(3)(b): processing necessary for compliance with a "
        + "legal obligation, or for a task carried out in the public interest or in the exercise of official "
        + "authority"),
    /** Keeping the data is necessary for the establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS("uk-gdpr-art-17-3-e", "UK GDPR Article 17(3)(e): processing necessary for the establishment, "
        + "exercise or defence of legal claims"),
    /** An active legal hold on the case preserves it for claims or proceedings. Found from the case itself. */
    LEGAL_HOLD("legal-hold", "An active legal hold on the case, which preserves it for legal claims or proceedings "
        + "(UK GDPR Article 17(3)(e))"),
    /** A retention period that the law requires is still running. */
    RETENTION_REQUIRED_BY_LAW("retention-required-by-law", "A retention period required by law is still running "
        + "(UK GDPR Article 17(3)(b): compliance with a legal obligation)"),
    /**
     * The case records a safeguarding disclosure, whose record the service keeps. Found from the case itself when it
     * holds a disclosure.
     */
    SAFEGUARDING("safeguarding-record", "Safeguarding records are kept (UK GDPR Article 17(3)(b); Children Act "
        + "2004 s.11 for services within it, and Working Together to Safeguard Children 2023 on keeping records)");

    private final String code;
    private final String citation;

    ErasureGround(String code, String citation) {
        this.code = code;
        this.citation = citation;
    }

    /** @return the ground as a code, the reason recorded in the audit trail */
    public String code() {
        return code;
    }

    /** @return the ground in words, with its legal source */
    public String citation() {
        return citation;
    }
}
