package org.sendias.equality;

import java.time.Instant;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;
import org.sendias.party.PartyId;

/**
 * A person's answer to whether their equality monitoring answers may be counted in the service's reports: given or
 * refused, when, by whom, and which version of the wording they were shown. A later answer replaces an earlier one,
 * so withdrawing consent is recording a refusal.
 *
 * @param given whether consent was given ({@code false} records a refusal or a withdrawal)
 * @param at when the answer was given
 * @param by the party (in the case) who answered
 * @param wordingVersion the version of the consent wording shown: 1 to 64 letters, digits, '.', '-' or '_', for
 *     example {@code monitoring-2026.1}
 */
public record ReportingConsent(boolean given, Instant at, PartyId by, String wordingVersion) {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Validates the answer. */
    public ReportingConsent {
        if (at == null) {
            throw new InvalidInputException("reportingConsent.at", "is required");
        }
        if (by == null) {
            throw new InvalidInputException("reportingConsent.by", "is required: record who answered");
        }
        if (wordingVersion == null || !VERSION.matcher(wordingVersion).matches()) {
            throw new InvalidInputException("reportingConsent.wordingVersion", "must be 1 to 64 letters, digits, "
                + "'.', '-' or '_': consent is only informed if we know what wording was shown");
        }
    }

    /**
     * @param at when it was given
     * @param by who gave it
     * @param wordingVersion the version of the wording shown
     * @return consent given
     */
    public static ReportingConsent given(Instant at, PartyId by, String wordingVersion) {
        return new ReportingConsent(true, at, by, wordingVersion);
    }

    /**
     * @param at when consent was refused or withdrawn
     * @param by who refused or withdrew it
     * @param wordingVersion the version of the wording shown
     * @return consent refused
     */
    public static ReportingConsent refused(Instant at, PartyId by, String wordingVersion) {
        return new ReportingConsent(false, at, by, wordingVersion);
    }
}
